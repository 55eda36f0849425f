package uk.ppo.actionplan;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.junit.jupiter.api.Test;
import uk.ppo.actionplan.plan.PlanResource;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fails the build when a resource method has no security annotation, on itself or its class. */
class ResourceSecurityTest {

    @Test
    void everyResourceMethodSaysWhoMayCallIt() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of(PlanResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                // a REST client interface (offender-service, as this service calls it) is an outbound call, not an endpoint
                if (type.isAnnotationPresent(Path.class) && !type.isAnnotationPresent(RegisterRestClient.class)) {
                    resources.add(type);
                }
            }
        }
        assertTrue(resources.size() >= 10, "found the resources: " + resources);
        List<String> unguarded = new ArrayList<>();
        int endpoints = 0;
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!isEndpoint(method)) {
                    continue;
                }
                endpoints++;
                if (!guarded(method) && !guarded(resource)) {
                    unguarded.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(endpoints >= 25, "found " + endpoints + " endpoints");
        assertEquals(List.of(), unguarded, "endpoints without @RolesAllowed, @PermitAll or @DenyAll");
    }

    private static boolean isEndpoint(Method method) {
        return Stream.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class).anyMatch(method::isAnnotationPresent);
    }

    private static boolean guarded(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }
}

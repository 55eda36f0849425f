package uk.ppo.common.testing;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint of a service says which roles may call it (issue 26, item 4): each JAX-RS resource method carries
 * {@code @RolesAllowed} or {@code @DenyAll}, on itself or on its class. {@code @PermitAll} is a failure, on the method
 * or the class: no endpoint of the suite is open to callers without a token (the health and OpenAPI endpoints are
 * Quarkus's own, not resources), so an anonymous endpoint is a mistake to catch, not a choice to count as guarded.
 * Deny by default is the fallback, not the plan. Interfaces are REST clients (outbound calls, whether registered with
 * {@code @RegisterRestClient} or built with {@code RestClientBuilder}), not endpoints: every resource here is a class.
 */
public abstract class ResourceSecurityContract {

    private final Class<?> anyClassOfTheService;
    private final int endpointsAtLeast;

    /**
     * @param anyClassOfTheService any class of the service's main code: the contract reads the resources beside it
     * @param endpointsAtLeast     the fewest endpoints the service has (a scan that found fewer fails)
     */
    protected ResourceSecurityContract(Class<?> anyClassOfTheService, int endpointsAtLeast) {
        this.anyClassOfTheService = anyClassOfTheService;
        this.endpointsAtLeast = endpointsAtLeast;
    }

    @Test
    void everyResourceMethodSaysWhichRolesMayCallIt() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of(anyClassOfTheService.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> unguarded = new ArrayList<>();
        int endpoints = 0;
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.').replace(".class", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (!type.isAnnotationPresent(Path.class) || type.isInterface()) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    if (!isEndpoint(method)) {
                        continue;
                    }
                    endpoints++;
                    if (method.isAnnotationPresent(PermitAll.class) || type.isAnnotationPresent(PermitAll.class)
                            || !(guarded(method) || guarded(type))) {
                        unguarded.add(type.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertTrue(endpoints >= endpointsAtLeast, "found " + endpoints + " endpoints");
        assertEquals(List.of(), unguarded, "endpoints without @RolesAllowed or @DenyAll, or open to all with @PermitAll");
    }

    /** A method answering an HTTP method: GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS all carry @HttpMethod. */
    private static boolean isEndpoint(Method method) {
        return Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static boolean guarded(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(DenyAll.class);
    }
}

package uk.ppo.hotspot;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every endpoint of the service carries a security annotation (deny by default is the fallback, not the plan). */
class ResourceSecurityTest {

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() throws IOException, URISyntaxException, ClassNotFoundException {
        var root = Paths.get(uk.ppo.hotspot.area.AreaType.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> unprotected = new ArrayList<>();
        int endpoints = 0;
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name);
                if (!type.isAnnotationPresent(Path.class)) {
                    continue;
                }
                boolean classLevel = type.isAnnotationPresent(RolesAllowed.class) || type.isAnnotationPresent(DenyAll.class);
                for (Method m : type.getDeclaredMethods()) {
                    boolean http = m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class)
                            || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(DELETE.class);
                    if (!http) {
                        continue;
                    }
                    endpoints++;
                    boolean own = m.isAnnotationPresent(RolesAllowed.class) || m.isAnnotationPresent(DenyAll.class);
                    if (m.isAnnotationPresent(PermitAll.class) || !(own || classLevel)) {
                        unprotected.add(type.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertTrue(endpoints >= 18, "endpoints found: " + endpoints);
        assertEquals(List.of(), unprotected);
    }
}

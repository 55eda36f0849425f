package uk.ppo.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the root pom's {@code images} profile builds: {@code [registry/]<group>/<artifactId>:<project version>}. */
final class ImagesProfile {

    private ImagesProfile() {
    }

    /** quarkus.container-image.group as the images profile sets it. */
    static String group(Path root) {
        try {
            String pom = Files.readString(root.resolve("pom.xml"));
            Matcher profile = Pattern.compile("<profile>\\s*<id>images</id>(.*?)</profile>", Pattern.DOTALL).matcher(pom);
            if (!profile.find()) {
                throw new AssertionError("the root pom has no images profile");
            }
            Matcher group = Pattern.compile("<quarkus.container-image.group>([^<]+)<").matcher(profile.group(1));
            if (!group.find()) {
                throw new AssertionError("the images profile sets no quarkus.container-image.group");
            }
            Matcher tag = Pattern.compile("<quarkus.container-image.tag>([^<]+)<").matcher(profile.group(1));
            if (!tag.find() || !tag.group(1).equals("${project.version}")) {
                throw new AssertionError("the images profile must tag images with the project version");
            }
            return group.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

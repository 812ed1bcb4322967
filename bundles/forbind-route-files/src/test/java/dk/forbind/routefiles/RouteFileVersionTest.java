package dk.forbind.routefiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteFileVersionTest {
    @TempDir
    Path dir;

    @Test
    void findsRouteFilesAndTheirDeclarations() throws Exception {
        Files.writeString(dir.resolve("a.xml"), "<routes/>");
        Files.writeString(dir.resolve("a.properties"), "id = a");
        Files.writeString(dir.resolve("b.xml"), "<routes/>");
        Files.writeString(dir.resolve(".hidden.xml"), "<routes/>");
        Files.writeString(dir.resolve("notes.txt"), "");

        Map<String, RouteFileVersion> found = RouteFileVersion.scan(dir);

        assertEquals(Set.of("a", "b"), found.keySet());
        assertTrue(found.get("a").hasDeclaration());
        assertFalse(found.get("b").hasDeclaration());
    }

    @Test
    void aChangeToEitherFileIsANewVersion() throws Exception {
        Files.writeString(dir.resolve("a.xml"), "<routes/>");
        Files.writeString(dir.resolve("a.properties"), "id = a");
        RouteFileVersion first = RouteFileVersion.scan(dir).get("a");
        assertEquals(first, RouteFileVersion.scan(dir).get("a"));

        Files.writeString(dir.resolve("a.properties"), "id = a\nagency = 1");
        Files.setLastModifiedTime(dir.resolve("a.properties"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertNotEquals(first, RouteFileVersion.scan(dir).get("a"));
    }

    @Test
    void aMissingFolderHoldsNothing() throws Exception {
        assertTrue(RouteFileVersion.scan(dir.resolve("absent")).isEmpty());
    }
}

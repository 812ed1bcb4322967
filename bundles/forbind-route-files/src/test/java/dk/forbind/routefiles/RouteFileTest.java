package dk.forbind.routefiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteFileTest {
    private static final String ROUTES = "<routes xmlns=\"http://camel.apache.org/schema/spring\"><route>"
            + "<from uri=\"timer:t\"/><log message=\"x\"/></route></routes>";

    @TempDir
    Path dir;

    @Test
    void readsRoutesAndDeclarationIntoMemoryWithADigestAsVersion() throws Exception {
        RouteFile file = write("echo", ROUTES, "id = echo\nagency = 29190623\n");
        assertEquals("echo", file.name());
        assertEquals("echo", file.descriptor().id());
        assertEquals(12, file.version().length());
        assertEquals(file.version(), RouteFile.read(dir.resolve("echo.xml")).version());
        assertNotEquals(file.version(), write("echo", ROUTES.replace("x", "y"), "id = echo\nagency = 29190623\n")
                .version());
    }

    @Test
    void aFileThatIsNotWellFormedIsBrokenAndSaysWhere() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> write("echo", "<routes><route>", "id = echo\nagency = 1\n"));
        assertTrue(e.getMessage().startsWith("echo.xml is broken: not well-formed XML"), e.getMessage());
    }

    @Test
    void aFileOfAnotherKindOfXmlIsBroken() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> write("echo", "<beans/>", "id = echo\nagency = 1\n"));
        assertTrue(e.getMessage().contains("its root element is <beans>"), e.getMessage());
    }

    @Test
    void aDtdIsRefused() throws Exception {
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE routes [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<routes>&x;</routes>";
        assertThrows(IllegalArgumentException.class, () -> write("echo", entity, "id = echo\nagency = 1\n"));
    }

    @Test
    void aMissingDeclarationIsNamed() throws Exception {
        Files.writeString(dir.resolve("lonely.xml"), ROUTES);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RouteFile.read(dir.resolve("lonely.xml")));
        assertTrue(e.getMessage().startsWith("lonely.properties with the connector's id"), e.getMessage());
    }

    @Test
    void writtenUnderAnotherNameItIsTheSameVersion() throws Exception {
        RouteFile file = write("echo", ROUTES, "id = echo\nagency = 29190623\n");
        Path folder = Files.createDirectory(dir.resolve("routes"));
        file.named("live").writeTo(folder);
        RouteFile written = RouteFile.read(folder.resolve("live.xml"));
        assertEquals(file.version(), written.version());
        assertArrayEquals(file.routes(), written.routes());
    }

    private RouteFile write(String name, String routes, String declaration) throws Exception {
        Files.writeString(dir.resolve(name + ".xml"), routes);
        Files.writeString(dir.resolve(name + ".properties"), declaration);
        return RouteFile.read(dir.resolve(name + ".xml"));
    }
}

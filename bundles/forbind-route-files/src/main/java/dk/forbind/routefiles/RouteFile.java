package dk.forbind.routefiles;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.xml.SecureXml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.w3c.dom.Element;

/**
 * One version of a route-file connector, read into memory and checked: its routes (well-formed XML whose root is
 * {@code <routes>} or {@code <route>}) and its declaration. Held in memory, it can be started again after the file
 * on disk changed — a broken edit leaves the running version running. Its version is a digest of both files.
 */
record RouteFile(String name, byte[] routes, byte[] declaration, ConnectorDescriptor descriptor) {

    /**
     * Reads {@code <name>.xml} and the {@code <name>.properties} beside it.
     *
     * @throws IllegalArgumentException when either is missing or broken, saying which and how
     */
    static RouteFile read(Path routesFile) {
        String fileName = routesFile.getFileName().toString();
        if (!fileName.endsWith(".xml")) {
            throw new IllegalArgumentException(routesFile + " is not a route file (<name>.xml)");
        }
        String name = fileName.substring(0, fileName.length() - ".xml".length());
        Path declarationFile = routesFile.resolveSibling(name + ".properties");
        if (!Files.isRegularFile(declarationFile)) {
            throw new IllegalArgumentException(declarationFile.getFileName() + " with the connector's id, agency and"
                    + " processing declaration is missing beside " + fileName);
        }
        try {
            byte[] routes = Files.readAllBytes(routesFile);
            byte[] declaration = Files.readAllBytes(declarationFile);
            checkRoutes(fileName, routes);
            ConnectorDescriptor descriptor = RouteFileDeclaration.read(declarationFile.getFileName().toString(),
                    new InputStreamReader(new ByteArrayInputStream(declaration), StandardCharsets.UTF_8));
            return new RouteFile(name, routes, declaration, descriptor);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + fileName + ": " + e.getMessage(), e);
        }
    }

    private static void checkRoutes(String fileName, byte[] routes) {
        Element root;
        try {
            root = SecureXml.parse(routes).getDocumentElement();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(fileName + " is broken: " + e.getMessage(), e);
        }
        if (!"routes".equals(root.getLocalName()) && !"route".equals(root.getLocalName())) {
            throw new IllegalArgumentException(fileName + " is broken: its root element is <" + root.getLocalName()
                    + ">, not <routes> or <route>");
        }
    }

    /** The same version under another name (a swap writes it in place of the running one). */
    RouteFile named(String other) {
        return new RouteFile(other, routes, declaration, descriptor);
    }

    /** Writes both files into a folder, each by a move of a complete temporary file. */
    void writeTo(Path folder) throws IOException {
        write(folder.resolve(name + ".properties"), declaration);
        write(folder.resolve(name + ".xml"), routes);
    }

    private static void write(Path file, byte[] content) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(temporary, content);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** The first 12 hex digits of the SHA-256 of its routes and declaration. */
    String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(routes);
            sha.update(declaration);
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

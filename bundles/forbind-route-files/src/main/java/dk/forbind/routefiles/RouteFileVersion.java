package dk.forbind.routefiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One route-file connector as found in the folder: its routes, its declaration, and when each last
 * changed. Two versions differ when either file was added, changed or removed.
 */
record RouteFileVersion(Path routes, Path declaration, long routesStamp, long declarationStamp) {
    private static final String ROUTES = ".xml";
    private static final String DECLARATION = ".properties";

    /** Every {@code <name>.xml} of the folder by name (hidden files and sub-folders are not looked at). */
    static Map<String, RouteFileVersion> scan(Path folder) throws IOException {
        Map<String, RouteFileVersion> found = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String fileName = file.getFileName().toString();
                if (fileName.endsWith(ROUTES) && !fileName.startsWith(".") && Files.isRegularFile(file)) {
                    String name = fileName.substring(0, fileName.length() - ROUTES.length());
                    Path declaration = folder.resolve(name + DECLARATION);
                    found.put(name, new RouteFileVersion(file, declaration, stamp(file), stamp(declaration)));
                }
            }
        }
        return found;
    }

    private static long stamp(Path file) throws IOException {
        return Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() * 31 + Files.size(file) : -1;
    }

    boolean hasDeclaration() {
        return declarationStamp >= 0;
    }
}

package dk.forbind.core.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/** The content of a bundle as a jar: read from a location, or copied from an installed bundle to put it back. */
final class BundleJar {
    private static final String MANIFEST = "META-INF/MANIFEST.MF";

    private final byte[] content;
    private final Manifest manifest;

    private BundleJar(byte[] content, Manifest manifest) {
        this.content = content;
        this.manifest = manifest;
    }

    /** Reads the jar at a URL ({@code mvn:}, {@code file:}, ...) or a file path. */
    static BundleJar at(String location) {
        byte[] content;
        try (InputStream in = urlOf(location).openStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + location + ": " + e.getMessage(), e);
        }
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(content))) {
            Manifest manifest = jar.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) == null) {
                throw new IllegalArgumentException(location + " is not an OSGi bundle (no Bundle-SymbolicName)");
            }
            return new BundleJar(content, manifest);
        } catch (IOException e) {
            throw new IllegalArgumentException(location + " is not a jar: " + e.getMessage(), e);
        }
    }

    /** A copy of an installed bundle's own entries (not its fragments'), manifest first. */
    static BundleJar of(Bundle bundle) throws IOException {
        URL manifestEntry = bundle.getEntry(MANIFEST);
        if (manifestEntry == null) {
            throw new IOException("bundle " + bundle.getSymbolicName() + " has no manifest entry");
        }
        Manifest manifest;
        try (InputStream in = manifestEntry.openStream()) {
            manifest = new Manifest(in);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            copyEntries(bundle, "/", jar);
        }
        return new BundleJar(bytes.toByteArray(), manifest);
    }

    private static void copyEntries(Bundle bundle, String folder, JarOutputStream jar) throws IOException {
        Enumeration<String> paths = bundle.getEntryPaths(folder);
        while (paths != null && paths.hasMoreElements()) {
            String path = paths.nextElement();
            if (path.endsWith("/")) {
                if (!path.equalsIgnoreCase("META-INF/")) { // the JarOutputStream wrote it with the manifest
                    jar.putNextEntry(new JarEntry(path));
                    jar.closeEntry();
                }
                copyEntries(bundle, path, jar);
            } else if (!path.equalsIgnoreCase(MANIFEST)) {
                jar.putNextEntry(new JarEntry(path));
                try (InputStream in = bundle.getEntry(path).openStream()) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
    }

    private static URL urlOf(String location) throws IOException {
        // a scheme of two letters or more: a URL (a drive letter is not one)
        return location.matches("[a-zA-Z][a-zA-Z0-9+.-]+:.*") ? new URL(location) : Path.of(location).toUri().toURL();
    }

    String symbolicName() {
        return Optional.ofNullable(manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME))
                .map(name -> name.split(";")[0].trim()).orElse("");
    }

    String version() {
        return Optional.ofNullable(manifest.getMainAttributes().getValue(Constants.BUNDLE_VERSION))
                .map(String::trim).orElse("0.0.0");
    }

    InputStream open() {
        return new ByteArrayInputStream(content);
    }
}

package dk.forbind.itests;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * What the built distribution ships, checked before any node boots: each Forbind bundle exports only
 * the API packages other bundles build on, and each bundle belongs to exactly one feature.
 */
public class BundlePackagingTest {
    /** Packages that are API: connectors and capabilities import them. Everything else is private. */
    private static final Set<String> API = Set.of("dk.forbind.api", "dk.forbind.api.auth", "dk.forbind.api.batch",
            "dk.forbind.api.cluster",
            "dk.forbind.api.overview", "dk.forbind.api.person", "dk.forbind.api.transparency", "dk.forbind.api.xml",
            "dk.forbind.core", "dk.forbind.rest", "dk.forbind.soap",
            // the housing case system's contract, generated from its WSDL, which its simulator implements
            "dk.forbind.connector.housing.casesystem",
            // the MeMo model and SF1601 formats, for connectors that write letters and for the simulator
            "dk.forbind.digitalpost.memo", "dk.forbind.digitalpost.memo.xml", "dk.forbind.digitalpost.sf1601",
            // the simulator's SAML signer and OCES3 CA, which tests sign with (development distribution only)
            "dk.forbind.sim.eid.saml", "dk.forbind.sim.eid.oces3");
    private static final Path DISTRIBUTION = Path.of(System.getProperty("forbind.assembly.dir",
            "../assembly/target/assembly"));
    private static final Path FEATURES = Path.of("../features/target/feature/feature.xml");

    @Test
    public void forbindBundlesExportOnlyApiPackages() throws IOException {
        Map<String, List<String>> exported = new TreeMap<>();
        for (Path jar : forbindJars()) {
            try (JarFile bundle = new JarFile(jar.toFile())) {
                String header = bundle.getManifest().getMainAttributes().getValue("Export-Package");
                List<String> packages = header == null ? List.of() : packages(header);
                List<String> notApi = packages.stream().filter(p -> !API.contains(p)).collect(Collectors.toList());
                if (!notApi.isEmpty()) {
                    exported.put(jar.getFileName().toString(), notApi);
                }
            }
        }
        assertEquals("implementation packages exported", Map.of(), exported);
    }

    @Test
    public void eachForbindBundleIsInExactlyOneFeature() throws IOException {
        Map<String, Long> features = new TreeMap<>();
        Matcher bundle = Pattern.compile("<bundle[^>]*>mvn:dk\\.forbind/([^/]+)/").matcher(Files.readString(FEATURES));
        while (bundle.find()) {
            features.merge(bundle.group(1), 1L, Long::sum);
        }
        Map<String, Long> more = features.entrySet().stream().filter(e -> e.getValue() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals("bundles listed in several features", Map.of(), more);
        assertEquals(Set.of(), features.keySet().stream().filter(b -> b.contains("test") || b.contains("itest"))
                .collect(Collectors.toSet()));
    }

    private static List<Path> forbindJars() throws IOException {
        try (Stream<Path> files = Files.walk(DISTRIBUTION.resolve("system/dk/forbind"))) {
            List<Path> jars = files.filter(p -> p.toString().endsWith(".jar")).collect(Collectors.toList());
            if (jars.size() < 10) {
                throw new AssertionError("expected the Forbind bundles under " + DISTRIBUTION + ", found " + jars);
            }
            return jars;
        }
    }

    /** Package names of an Export-Package header (attributes and quoted uses lists dropped). */
    private static List<String> packages(String header) {
        List<String> names = new ArrayList<>();
        for (String clause : header.replaceAll("\"[^\"]*\"", "").split(",")) {
            String name = clause.split(";")[0].strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}

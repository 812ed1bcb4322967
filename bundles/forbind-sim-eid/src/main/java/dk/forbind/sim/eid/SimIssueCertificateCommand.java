package dk.forbind.sim.eid;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.Base64;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * DEVELOPMENT AND TESTS ONLY. Issues a system certificate from the development agency CA and writes it where a
 * newcomer's client can use it: PEM certificate and key (for curl) and a PKCS#12 keystore (for Java and broker
 * clients), readable by the node's user only.
 */
@Command(scope = "forbind", name = "sim-issue-certificate", description = "DEVELOPMENT ONLY: issues an OCES3-style"
        + " system certificate for an agency's system from the development agency CA")
@Service
public class SimIssueCertificateCommand implements Action {

    @Argument(index = 0, name = "cvr", description = "The agency's CVR number (8 digits)", required = true)
    private String cvr;

    @Argument(index = 1, name = "system", description = "The system's name (the certificate's CN)", required = true)
    private String system;

    @Option(name = "--directory", description = "Where to write the files (default: data/agency-certificates)")
    private String directory;

    @Reference
    private DevelopmentAgencyCa ca;

    @Override
    public Object execute() throws IOException, GeneralSecurityException {
        DevelopmentAgencyCa.IssuedSystem issued;
        try {
            issued = ca.issue(cvr, system);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.out.println("Not issued: " + e.getMessage());
            return null;
        }
        Path folder = directory != null ? Path.of(directory)
                : Path.of(System.getProperty("karaf.data", "data"), "agency-certificates");
        Files.createDirectories(folder);
        String name = cvr.strip() + "-" + issued.systemId();
        Path certificate = write(folder.resolve(name + ".crt.pem"), issued.certificatePem() + issued.issuerPem());
        Path key = write(folder.resolve(name + ".key.pem"), issued.privateKeyPem());
        String password = password();
        Path keystore = keystore(folder.resolve(name + ".p12"), issued, password);
        System.out.println("System certificate from the development agency CA (development and tests only)");
        System.out.println("  Agency:       CVR " + cvr.strip());
        System.out.println("  System:       " + system.strip() + " (UUID " + issued.systemId() + ")");
        System.out.println("  Certificate:  " + certificate);
        System.out.println("  Key:          " + key);
        System.out.println("  PKCS#12:      " + keystore + " (password " + password + ")");
        System.out.println("Grant it something in etc/dk.forbind.access.cfg, e.g.");
        System.out.println("  grant.my-system = " + cvr.strip() + "/" + issued.systemId() + " : api:transparency.auditor");
        System.out.println("then call an API with it: curl --cacert etc/forbind-node.pem --cert " + certificate
                + " --key " + key + " https://localhost:8443/forbind/api/transparency/v1/auditor/verify");
        return null;
    }

    private static Path write(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        return Files.writeString(file, content, StandardCharsets.US_ASCII);
    }

    private static Path keystore(Path file, DevelopmentAgencyCa.IssuedSystem issued, String password)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("system", issued.key(), password.toCharArray(),
                new Certificate[] {issued.certificate(), issued.issuer()});
        write(file, "");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }

    private static String password() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}

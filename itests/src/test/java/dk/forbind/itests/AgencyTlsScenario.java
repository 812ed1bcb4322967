package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import dk.forbind.sim.eid.oces3.Oces3Ca;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * Agency systems over mutual TLS: a system certificate from the trusted CA (the development CA the eID
 * simulator issues from, as a newcomer gets one, or made by the scenario with the same CA) opens exactly what
 * its agency is granted; another agency gets 403, no certificate 401, a revoked one 401 with the reason, and an
 * expired one no TLS connection at all. The scenario removes its access configuration again.
 */
public class AgencyTlsScenario extends ForbindTestSupport {
    private static final String VERIFY = TransparencyCalls.BASE + "/auditor/verify";

    @Test
    public void anAgencySystemReachesWhatItIsGrantedAndNothingElse() throws Exception {
        Path etc = Path.of(System.getProperty("karaf.etc"));
        Oces3Ca ca = Oces3Ca.load(Path.of(System.getProperty("karaf.base"), NodeTls.AGENCY_CA),
                NodeTls.PASSWORD.toCharArray());
        Oces3Ca.Issued stranger = ca.system("11111111", "Fremmed system").issue();
        Oces3Ca.Issued stolen = ca.system("29190623", "Stjålet system").issue();
        Oces3Ca.Issued expired = ca.system("29190623", "Udløbet system")
                .valid(Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1))).issue();
        Path crl = Files.write(etc.resolve("scenario-agency.crl"),
                ca.revocationList(Duration.ofDays(1), stolen.certificate()).getEncoded());
        Path config = etc.resolve("dk.forbind.access.cfg");
        Files.writeString(config, "trusted.issuers.file = ${karaf.etc}/forbind-agency-issuers.pem\n"
                + "revocation.lists = " + crl + "\n"
                + "grant.housing-auditor = 29190623 : api:transparency.auditor\n");
        try {
            // the housing agency's system gets its certificate from the development CA, as a newcomer would
            AgencyClient granted = AgencyClient.presenting(EidSimulator.systemCertificate(
                    Map.of("cvr", "29190623", "system", "Boligstøtte sagssystem")));
            await("the granted system verifies the registry", () -> granted.get(VERIFY).status() == 200);
            assertTrue(granted.get(VERIFY).body(), granted.get(VERIFY).json().getBoolean("ok"));

            HttpAnswer other = AgencyClient.presenting(stranger, ca).get(VERIFY);
            assertEquals(other.body(), 403, other.status());
            assertTrue(other.body(), other.json().getString("message").contains("no grant lets CVR 11111111"));

            HttpAnswer citizenData = granted.get(TransparencyCalls.BASE + "/usage");
            assertEquals(citizenData.body(), 403, citizenData.status());

            HttpAnswer anonymous = AgencyClient.anonymous().get(VERIFY);
            assertEquals(anonymous.body(), 401, anonymous.status());

            HttpAnswer revoked = AgencyClient.presenting(stolen, ca).get(VERIFY);
            assertEquals(revoked.body(), 401, revoked.status());
            assertTrue(revoked.body(), revoked.json().getString("message").contains("the certificate was revoked"));

            try {
                AgencyClient.presenting(expired, ca).get(VERIFY);
                fail("an expired certificate completes no TLS handshake");
            } catch (IOException expected) {
                // refused by the TLS layer, which checks validity against the truststore
            }
        } finally {
            Files.delete(config);
            Files.delete(crl);
        }
    }

    @Test
    public void aNewcomerIssuesASystemCertificateFromTheShellAndCallsAnApiWithIt() throws Exception {
        String printed = executeCommand("forbind:sim-issue-certificate 29190623 \"Shell system\"");
        Matcher keystore = Pattern.compile("PKCS#12: +(\\S+) \\(password (\\S+)\\)").matcher(printed);
        assertTrue(printed, keystore.find());
        assertTrue(printed, printed.contains("grant.my-system = 29190623/"));
        Path file = Path.of(keystore.group(1));
        assertEquals("owner-only", "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Path config = Path.of(System.getProperty("karaf.etc"), "dk.forbind.access.cfg");
        Files.writeString(config, "trusted.issuers.file = ${karaf.etc}/forbind-agency-issuers.pem\n"
                + "grant.housing-auditor = 29190623 : api:transparency.auditor\n");
        try {
            AgencyClient system = AgencyClient.presenting(file, keystore.group(2));
            await("the shell-issued certificate opens the granted API", () -> system.get(VERIFY).status() == 200);
        } finally {
            Files.delete(config);
        }
        assertTrue(executeCommand("forbind:sim-issue-certificate 2919 x").startsWith("Not issued: cvr is required"));
    }
}

package dk.forbind.access.certificate;

import dk.forbind.api.auth.AgencySystem;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * Reads the agency system out of an OCES3 system certificate's subject: {@code organizationIdentifier}
 * (OID 2.5.4.97) {@code NTRDK-<CVR>}, {@code serialNumber} (2.5.4.5) {@code UI:DK-O:G:<uuid>} and the common
 * name, the system's name. Only the JDK reads it: attributes the JDK has no name for come as DER strings.
 */
final class Oces3Subject {
    static final String ORGANIZATION_IDENTIFIER = "2.5.4.97";
    static final String SERIAL_NUMBER = "2.5.4.5";
    private static final byte UTF8_STRING = 0x0c;
    private static final byte PRINTABLE_STRING = 0x13;
    private static final byte IA5_STRING = 0x16;
    private static final Pattern CVR = Pattern.compile("NTRDK-(\\d{8})");
    private static final Pattern SYSTEM = Pattern.compile("UI:DK-O:G:([0-9a-fA-F-]{36})");

    private Oces3Subject() {
    }

    static AgencySystem of(X509Certificate certificate) throws CertificateRefused {
        Map<String, String> subject = attributes(certificate.getSubjectX500Principal());
        String organization = subject.get(ORGANIZATION_IDENTIFIER);
        Matcher cvr = CVR.matcher(organization == null ? "" : organization);
        if (!cvr.matches()) {
            throw new CertificateRefused("the certificate names no CVR: its subject needs organizationIdentifier"
                    + " NTRDK-<8 digits>, found " + (organization == null ? "none" : "'" + organization + "'"));
        }
        String serial = subject.get(SERIAL_NUMBER);
        Matcher system = SYSTEM.matcher(serial == null ? "" : serial);
        if (!system.matches()) {
            throw new CertificateRefused("the certificate names no system: its subject needs serialNumber"
                    + " UI:DK-O:G:<uuid>, found " + (serial == null ? "none" : "'" + serial + "'"));
        }
        String name = subject.getOrDefault("CN", "");
        if (name.isBlank()) {
            throw new CertificateRefused("the certificate names no system name (CN)");
        }
        return new AgencySystem(cvr.group(1), UUID.fromString(system.group(1)), name);
    }

    private static Map<String, String> attributes(X500Principal principal) throws CertificateRefused {
        Map<String, String> attributes = new HashMap<>();
        try {
            for (Rdn rdn : new LdapName(principal.getName(X500Principal.RFC2253)).getRdns()) {
                String type = rdn.getType().toUpperCase();
                attributes.put(type.startsWith("OID.") ? type.substring(4) : type, text(rdn.getValue()));
            }
        } catch (InvalidNameException e) {
            throw new CertificateRefused("the certificate's subject cannot be read: " + e.getMessage());
        }
        return attributes;
    }

    /** A value as a string; one the JDK could not name arrives as the DER encoding of a directory string. */
    private static String text(Object value) throws CertificateRefused {
        if (!(value instanceof byte[])) {
            return value.toString();
        }
        byte[] der = (byte[]) value;
        if (der.length < 2 || (der[0] != UTF8_STRING && der[0] != PRINTABLE_STRING && der[0] != IA5_STRING)) {
            throw new CertificateRefused("the certificate's subject holds a value that is not a text string");
        }
        int length = der[1] & 0xff;
        int offset = 2;
        if (length > 0x7f) {
            int bytes = length & 0x7f;
            length = 0;
            for (int i = 0; i < bytes; i++) {
                length = (length << 8) | (der[offset++] & 0xff);
            }
        }
        if (offset + length != der.length) {
            throw new CertificateRefused("the certificate's subject holds a malformed value");
        }
        return new String(der, offset, length, StandardCharsets.UTF_8);
    }
}

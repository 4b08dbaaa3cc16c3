package org.huzhu.provisioning;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.keycloak.representations.idm.CredentialRepresentation;

/**
 * The demo logins' password {@code demo}, for a platform on this machine only. It is far below the realm's
 * password policy, which Keycloak applies to every password given in clear; so it is handed over already
 * hashed, the way Keycloak imports users from another system (its default: PBKDF2-SHA512, 210,000 rounds).
 */
final class DemoPassword {

    static final String VALUE = "demo";
    private static final int ITERATIONS = 210_000;

    private DemoPassword() {
    }

    /**
     * One salt and hash per run, shared by the run's new logins. A salt keeps a secret password from being found in
     * tables computed in advance; {@code demo} is printed in the README, so there is nothing for it to keep. Hashing it
     * anew for each login cost a core about half a second each (210,000 rounds): minutes of a run of 300 tenants.
     */
    private static final class Hashed {
        private static final byte[] SALT = new byte[16];
        private static final String SECRET_DATA;

        static {
            new SecureRandom().nextBytes(SALT);
            SECRET_DATA = "{\"value\":\"" + base64(hash(SALT)) + "\",\"salt\":\"" + base64(SALT)
                    + "\",\"additionalParameters\":{}}";
        }
    }

    static CredentialRepresentation credential() {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setTemporary(false);
        credential.setSecretData(Hashed.SECRET_DATA);
        credential.setCredentialData("{\"hashIterations\":" + ITERATIONS
                + ",\"algorithm\":\"pbkdf2-sha512\",\"additionalParameters\":{}}");
        return credential;
    }

    private static byte[] hash(byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(VALUE.toCharArray(), salt, ITERATIONS, 512);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 is part of every Java 17", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}

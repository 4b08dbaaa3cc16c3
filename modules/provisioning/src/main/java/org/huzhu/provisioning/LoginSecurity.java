package org.huzhu.provisioning;

import java.nio.file.Files;
import java.nio.file.Path;
import org.huzhu.kernel.config.ConfigFields;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * How logins are protected, from {@code tenant-config/logins.yaml}: Keycloak's password policy and its lockout
 * after wrong passwords. One realm serves every city office, so these hold for all of them; an office that
 * needs stricter rules raises them here for everyone.
 */
record LoginSecurity(String passwordPolicy, int failures, int lockSeconds, int maxLockSeconds, int forgetAfterSeconds,
                     boolean permanent) {

    static final String FILE = "logins.yaml";
    /** Without a logins.yaml: what the shipped one says. */
    static final LoginSecurity DEFAULT = new LoginSecurity(
            "length(12) and maxLength(128) and notUsername and notEmail and passwordHistory(3)", 5, 60, 900, 43_200, false);

    static LoginSecurity load(Path configDir) {
        Path file = configDir.resolve(FILE);
        if (!Files.exists(file)) {
            return DEFAULT;
        }
        ConfigFields root = new ConfigFields(file.toString(), TenantConfigLoader.read(file));
        ConfigFields lockout = root.object("lockout");
        int lock = lockout.number("lockSeconds", 1, 86_400);
        return new LoginSecurity(root.text("passwordPolicy"), lockout.number("failures", 1, 100), lock,
                lockout.number("maxLockSeconds", lock, 30 * 86_400), lockout.number("forgetAfterSeconds", 60, 30 * 86_400),
                lockout.flag("permanent", false));
    }

    /** Keycloak's brute-force detection and password policy, as this file wants them. */
    void applyTo(RealmRepresentation realm) {
        realm.setPasswordPolicy(passwordPolicy);
        realm.setBruteForceProtected(true);
        realm.setPermanentLockout(permanent);
        realm.setFailureFactor(failures);
        realm.setWaitIncrementSeconds(lockSeconds);
        realm.setMaxFailureWaitSeconds(maxLockSeconds);
        realm.setMaxDeltaTimeSeconds(forgetAfterSeconds);
        // Keycloak's "quick login" check locks an account for a minute after two failures within a second,
        // before the count above is reached; the count is the rule here, scripts included.
        realm.setQuickLoginCheckMilliSeconds(0L);
        realm.setMinimumQuickLoginWaitSeconds(lockSeconds);
    }
}

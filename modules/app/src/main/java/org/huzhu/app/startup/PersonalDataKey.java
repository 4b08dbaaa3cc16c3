package org.huzhu.app.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.huzhu.kernel.pii.PersonalDataProtector;

/** Makes the personal-data protector from the key the server configuration holds (HUZHU_PII_KEY). */
@ApplicationScoped
public class PersonalDataKey {

    @Resource(lookup = "huzhu/piiKey")
    String key;

    private PersonalDataProtector protector;

    /** Dependent scope because the protector is a final class; the one instance is kept here. */
    @Produces
    PersonalDataProtector protector() {
        if (protector == null) {
            protector = PersonalDataProtector.fromBase64Key(key);
        }
        return protector;
    }
}

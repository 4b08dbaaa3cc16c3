package org.huzhu.campaigns.application.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.huzhu.campaigns.domain.distribution.DeliveryListCheck;
import org.huzhu.kernel.pii.PersonalDataProtector;
import org.huzhu.org.api.MemberRegistry;

/** Members named by national ID in an uploaded list, found in one read by the IDs' lookup hashes (never in clear). */
@ApplicationScoped
public class NationalIdLookup {

    @Inject
    MemberRegistry registry;

    @Inject
    PersonalDataProtector protector;

    /** Member ids by normalised national ID; malformed IDs and IDs of nobody are left out. */
    public Map<String, Long> members(Collection<String> idNumbers) {
        Map<ByteBuffer, String> byHash = new HashMap<>();
        for (String raw : idNumbers) {
            String id = DeliveryListCheck.normalised(raw);
            if (id != null) {
                byHash.put(ByteBuffer.wrap(protector.lookupHash(id)), id);
            }
        }
        Map<String, Long> ids = new HashMap<>();
        if (!byHash.isEmpty()) {
            registry.idsByNationalId(byHash.keySet()).forEach((hash, member) -> ids.put(byHash.get(hash), member));
        }
        return ids;
    }
}

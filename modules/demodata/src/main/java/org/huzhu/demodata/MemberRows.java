package org.huzhu.demodata;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.huzhu.demodata.DemoDataGenerator.OrgNode;
import org.huzhu.kernel.pii.Masking;
import org.huzhu.kernel.pii.PersonalDataProtector;

/**
 * Turns made-up people into ready-to-bind member rows: encrypted, hashed and masked. Kept apart from the
 * JDBC writing so that the next batch can be prepared while the database stores the current one. Not
 * thread-safe: one thread at a time, in order, which keeps the output a function of the seed.
 */
final class MemberRows {

    private final PersonFactory people;
    private final Random placement;
    private final List<OrgNode> unions;
    private final PersonalDataProtector protector;

    MemberRows(PersonFactory people, Random placement, List<OrgNode> unions, PersonalDataProtector protector) {
        this.people = people;
        this.placement = placement;
        this.unions = unions;
        this.protector = protector;
    }

    List<Row> next(int count) {
        List<Row> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(row(people.next(), unions.get(placement.nextInt(unions.size()))));
        }
        return rows;
    }

    private Row row(PersonFactory.Person p, OrgNode union) {
        String id = p.id().value();
        return new Row(p.name(), p.id().gender().name().substring(0, 1), Date.valueOf(p.id().birthDate()),
                protector.encrypt(id), protector.lookupHash(id), p.id().masked(), protector.lookupHash(p.cardNo()),
                protector.encrypt(p.cardNo()), Masking.cardNo(p.cardNo()), protector.encrypt(p.phone()), Masking.phone(p.phone()), union,
                p.gigWorker(), Date.valueOf(p.joinedOn()));
    }

    /** One member row with personal data already protected: nothing in it is a clear number. */
    record Row(String name, String gender, Date birthDate, byte[] idCipher, byte[] idHash, String idMasked,
               byte[] cardHash, byte[] cardCipher, String cardMasked, byte[] phoneCipher, String phoneMasked, OrgNode union,
               boolean gigWorker, Date joinedOn) {
    }
}

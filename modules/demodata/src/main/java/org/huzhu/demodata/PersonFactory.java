package org.huzhu.demodata;

import java.time.LocalDate;
import java.util.Random;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.identity.NationalId;

/** Makes plausible people: common Chinese names, working ages, valid IDs from the tenant's region. */
final class PersonFactory {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍建华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欣佳雪琳晨颖倩婷慧丹红梅莉";
    private static final LocalDate YOUNGEST = LocalDate.of(2006, 12, 31);
    private static final int AGE_SPAN_DAYS = 42 * 365;

    private final Random random;
    private final String regionPrefix;
    /** IDs made in this run: a repeat is drawn again, so a load never loses a row to its own duplicates. */
    private final java.util.Set<String> issued = new java.util.HashSet<>();

    PersonFactory(long seed, String regionPrefix) {
        this.random = new Random(seed);
        this.regionPrefix = regionPrefix;
    }

    Person next(int sequence) {
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        LocalDate birth = YOUNGEST.minusDays(random.nextInt(AGE_SPAN_DAYS));
        String region = (regionPrefix + String.format("%02d", 1 + random.nextInt(16))).substring(0, 6);
        NationalId id = NationalId.compose(region, birth, sequence % 1000, gender);
        while (!issued.add(id.value())) {
            id = NationalId.compose(region, birth.minusDays(1 + random.nextInt(365)), random.nextInt(1000), gender);
        }
        String name = pick(SURNAMES) + pick(GIVEN) + (random.nextInt(3) == 0 ? "" : pick(GIVEN));
        String phone = "1" + "358".charAt(random.nextInt(3)) + String.format("%09d", random.nextInt(1_000_000_000));
        String card = "6215" + String.format("%015d", Math.floorMod(random.nextLong(), 1_000_000_000_000_000L));
        LocalDate joined = LocalDate.of(2005 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new Person(name, id, phone, card, joined, random.nextInt(20) == 0);
    }

    private String pick(String characters) {
        int index = random.nextInt(characters.length());
        return characters.substring(index, index + 1);
    }

    /** One demo member before it is written. */
    record Person(String name, NationalId id, String phone, String cardNo, LocalDate joinedOn, boolean gigWorker) {
    }
}

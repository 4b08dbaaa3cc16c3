package org.huzhu.demodata;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.huzhu.kernel.identity.Gender;
import org.huzhu.kernel.identity.NationalId;

/** Makes plausible people: common Chinese names, working ages (18-60), valid IDs from the tenant's region. */
final class PersonFactory {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
            + "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String MALE_GIVEN = "伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林峰建国志文斌东亮成";
    private static final String FEMALE_GIVEN = "芳娜秀英敏静丽艳娟霞桂兰玉萍红梅莉欣佳雪琳晨颖倩婷慧丹燕玲洁琴云凤蓉";
    private static final LocalDate EARLIEST_JOINING = LocalDate.of(2000, 1, 1);

    private final Random random;
    private final String regionPrefix;
    private final String cardPrefix;
    private final LocalDate oldestBirth;
    private final int birthSpanDays;
    private final LocalDate today;
    /** First 17 characters of the IDs made in this run: a repeat is drawn again, so no row is lost to it. */
    private final Set<Long> issued = new HashSet<>();

    /**
     * @param regionPrefix 2 to 6 digits of the region code (Beijing 1101, Baoji 6103)
     * @param cardPrefix   the first 8 digits of the tenant's member cards
     */
    PersonFactory(long seed, String regionPrefix, String cardPrefix, LocalDate today) {
        if (regionPrefix == null || !regionPrefix.matches("\\d{2,6}")) {
            throw new IllegalArgumentException("a region prefix is 2 to 6 digits, e.g. 1101: '" + regionPrefix + "'");
        }
        this.random = new Random(seed);
        this.regionPrefix = regionPrefix;
        this.cardPrefix = cardPrefix;
        this.today = today;
        LocalDate youngestBirth = today.minusYears(18);
        this.oldestBirth = today.minusYears(61).plusDays(1);
        this.birthSpanDays = (int) ChronoUnit.DAYS.between(oldestBirth, youngestBirth) + 1;
    }

    Person next() {
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        NationalId id = newId(gender);
        String given = gender == Gender.MALE ? MALE_GIVEN : FEMALE_GIVEN;
        String name = pick(SURNAMES) + pick(given) + (random.nextInt(3) == 0 ? "" : pick(given));
        String phone = "1" + "358".charAt(random.nextInt(3)) + String.format("%09d", random.nextInt(1_000_000_000));
        String card = cardPrefix + String.format("%011d", Math.floorMod(random.nextLong(), 100_000_000_000L));
        return new Person(name, id, phone, card, joinedOn(id.birthDate()), random.nextInt(20) == 0);
    }

    private NationalId newId(Gender gender) {
        while (true) {
            LocalDate birth = oldestBirth.plusDays(random.nextInt(birthSpanDays));
            NationalId id = NationalId.compose(region(), birth, random.nextInt(1000), gender);
            if (issued.add(Long.parseLong(id.value().substring(0, 17)))) {
                return id;
            }
        }
    }

    /** Pads the tenant's prefix to a 6-digit county code (01-18), so IDs spread over its districts. */
    private String region() {
        StringBuilder region = new StringBuilder(regionPrefix);
        if (region.length() <= 2) {
            region.append("01");
        }
        while (region.length() < 6) {
            region.append(String.format("%02d", 1 + random.nextInt(18)));
        }
        return region.substring(0, 6);
    }

    /** Joined at 18 or later (and not before 2000): a member card never predates its holder's working life. */
    private LocalDate joinedOn(LocalDate birth) {
        LocalDate from = birth.plusYears(18).isAfter(EARLIEST_JOINING) ? birth.plusYears(18) : EARLIEST_JOINING;
        long span = ChronoUnit.DAYS.between(from, today);
        return span <= 0 ? today : from.plusDays(random.nextInt((int) span + 1));
    }

    private String pick(String characters) {
        int index = random.nextInt(characters.length());
        return characters.substring(index, index + 1);
    }

    /** One demo member before it is written. */
    record Person(String name, NationalId id, String phone, String cardNo, LocalDate joinedOn, boolean gigWorker) {
    }
}

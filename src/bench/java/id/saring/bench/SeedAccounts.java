package id.saring.bench;

import id.saring.identity.control.CardSecret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Writes the benchmark's accounts into a stopped Saring's fresh H2 database: students in four
 * pools ({@code siswa.b0001...} for "belajar", {@code siswa.u0001...} for "ujian serentak",
 * {@code siswa.f01...} for the lesson-page "physical limit" run, {@code siswa.k0001...} with login
 * cards for "hari ujian") and five teachers
 * ({@code guru.bench1...}) with one class each; every student is in one of the five classes.
 *
 * <p>Why this way: it is the cheapest honest way to have hundreds of accounts. The rows are the
 * ones the app itself would write (same tables, ids from the app's own sequences in the blocks of
 * 50 that EclipseLink expects), and every account gets the password hash that Saring computed on
 * its first start for the administrator from {@code SARING_ADMIN_PASSWORD} (AdminBootstrap,
 * Accounts.create, {@code id.saring.identity.control.PasswordHashing}: PBKDF2-HMAC-SHA256, 210,000
 * iterations). So every login in the benchmark pays the real hash check; only the account
 * creation, which is not what the benchmark measures, is skipped. Creating 800 accounts through
 * the admin page or the roster import would cost 800 PBKDF2 hashes (about a minute of both cores)
 * plus a Faces/PrimeFaces flow per account, and the roster import's generated passwords would have
 * to be scraped from its PDF login cards.
 *
 * <p>The card pool's login cards are made as Saring makes them (LoginCards, with {@link
 * CardSecret}): a random 256-bit secret per student, of which only the SHA-256 is stored in
 * {@code account.card_hash}; the secrets go to {@value #CARDS} beside the properties file, one
 * {@code username,secret} per line, for HariUjianSimulation to "scan".</p>
 *
 * <p>Run with H2 on the class path after the server has stopped (an embedded H2 file is opened by
 * one process only), or on PostgreSQL while the cluster runs (scale-compare.sh; ids come from the
 * same sequences the instances draw their blocks from):
 * {@code SeedAccounts <jdbc-url> <belajar> <ujian> <fisik> <teachers> <out.properties>}.
 */
public final class SeedAccounts {

    /** The join-code alphabet of Classrooms: no 0/O, 1/I/L. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /** The printed cards of the card pool (username,secret), beside the properties file. */
    static final String CARDS = "cards.csv";

    private SeedAccounts() {}

    public static void main(String[] args) throws SQLException, IOException {
        if (args.length != 6 && args.length != 7) {
            System.err.println(
                    "usage: SeedAccounts <jdbc-url> <belajar> <ujian> <fisik> <teachers> <out.properties> [kartu]");
            System.exit(2);
        }
        String url = args[0];
        int belajar = Integer.parseInt(args[1]);
        int ujian = Integer.parseInt(args[2]);
        int fisik = Integer.parseInt(args[3]);
        int teachers = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);
        int kartu = args.length > 6 ? Integer.parseInt(args[6]) : 0;
        Map<String, String> cards = new LinkedHashMap<>();

        try (Connection db = DriverManager.getConnection(url)) {
            db.setAutoCommit(false);
            String hash = adminHash(db);
            Instant now = Instant.now();
            Ids accountIds = new Ids(db, "account_seq");
            Ids classIds = new Ids(db, "school_class_seq");

            List<Long> teacherIds = new ArrayList<>();
            List<Long> classes = new ArrayList<>();
            try (PreparedStatement account = db.prepareStatement(
                            "insert into account (id, username, display_name, role, password_hash, language, active,"
                                    + " created_at, last_login_at, version, card_hash, card_issued_at)"
                                    + " values (?, ?, ?, ?, ?, null, true, ?, null, 1, ?, ?)");
                    PreparedStatement schoolClass = db.prepareStatement(
                            "insert into school_class (id, teacher_id, name, grade, school_year, join_code, created_at,"
                                    + " version) values (?, ?, ?, ?, ?, ?, ?, 1)");
                    PreparedStatement member = db.prepareStatement(
                            "insert into class_member (class_id, account_id, joined_at) values (?, ?, ?)")) {
                for (int t = 1; t <= teachers; t++) {
                    long id = accountIds.next();
                    insertAccount(account, id, "guru.bench" + t, "Guru Bench " + t, "TEACHER", hash, now);
                    teacherIds.add(id);
                    long classId = classIds.next();
                    schoolClass.setLong(1, classId);
                    schoolClass.setLong(2, id);
                    schoolClass.setString(3, "Kelas Bench " + t);
                    schoolClass.setString(4, String.valueOf(7 + (t % 6)));
                    schoolClass.setString(5, "2025/2026");
                    schoolClass.setString(6, joinCode(t));
                    schoolClass.setTimestamp(7, Timestamp.from(now));
                    schoolClass.executeUpdate();
                    classes.add(classId);
                }
                int n = 0;
                n += students(account, member, accountIds, classes, "siswa.b", 4, belajar, hash, now, n);
                n += students(account, member, accountIds, classes, "siswa.u", 4, ujian, hash, now, n);
                n += students(account, member, accountIds, classes, "siswa.f", 2, fisik, hash, now, n);
                n += students(account, member, accountIds, classes, "siswa.k", 4, kartu, hash, now, n, cards);
            }
            db.commit();

            Properties seeded = new Properties();
            seeded.setProperty("students.belajar", String.valueOf(belajar));
            seeded.setProperty("students.ujian", String.valueOf(ujian));
            seeded.setProperty("students.fisik", String.valueOf(fisik));
            seeded.setProperty("students.kartu", String.valueOf(kartu));
            seeded.setProperty("teachers", String.valueOf(teachers));
            for (int t = 0; t < classes.size(); t++) {
                seeded.setProperty("class." + (t + 1), String.valueOf(classes.get(t)));
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (var writer = Files.newBufferedWriter(out)) {
                seeded.store(writer, "Seeded by SeedAccounts");
            }
            Path printed = out.toAbsolutePath().getParent().resolve(CARDS);
            Files.write(
                    printed,
                    cards.entrySet().stream()
                            .map(card -> card.getKey() + "," + card.getValue())
                            .toList());
            System.out.printf(
                    "seeded %d + %d + %d + %d students (the last with login cards) and %d teachers with classes"
                            + " (shared hash %s...)%n",
                    belajar, ujian, fisik, kartu, teachers, hash.substring(0, hash.indexOf(':', hash.indexOf(':') + 1)));
        }
    }

    private static String adminHash(Connection db) throws SQLException {
        try (Statement query = db.createStatement();
                ResultSet admin =
                        query.executeQuery("select password_hash from account where role = 'ADMIN' order by id")) {
            if (!admin.next()) {
                throw new IllegalStateException("No administrator yet: start Saring once on this database first.");
            }
            return admin.getString(1);
        }
    }

    private static int students(
            PreparedStatement account,
            PreparedStatement member,
            Ids ids,
            List<Long> classes,
            String prefix,
            int digits,
            int count,
            String hash,
            Instant now,
            int offset)
            throws SQLException {
        return students(account, member, ids, classes, prefix, digits, count, hash, now, offset, null);
    }

    /** As above; with {@code cards} not null, each student gets a login card, its secret kept there. */
    private static int students(
            PreparedStatement account,
            PreparedStatement member,
            Ids ids,
            List<Long> classes,
            String prefix,
            int digits,
            int count,
            String hash,
            Instant now,
            int offset,
            Map<String, String> cards)
            throws SQLException {
        for (int i = 1; i <= count; i++) {
            String number = String.format("%0" + digits + "d", i);
            long id = ids.next();
            String username = prefix + number;
            String secret = null;
            if (cards != null) {
                secret = CardSecret.create(RANDOM);
                cards.put(username, secret);
            }
            insertAccount(
                    account,
                    id,
                    username,
                    "Siswa " + prefix.substring(6).toUpperCase() + number,
                    "STUDENT",
                    hash,
                    now,
                    secret);
            if (!classes.isEmpty()) {
                member.setLong(1, classes.get((offset + i) % classes.size()));
                member.setLong(2, id);
                member.setTimestamp(3, Timestamp.from(now));
                member.addBatch();
            }
        }
        account.executeBatch();
        member.executeBatch();
        return count;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private static void insertAccount(
            PreparedStatement account, long id, String username, String name, String role, String hash, Instant now)
            throws SQLException {
        insertAccount(account, id, username, name, role, hash, now, null);
    }

    private static void insertAccount(
            PreparedStatement account,
            long id,
            String username,
            String name,
            String role,
            String hash,
            Instant now,
            String cardSecret)
            throws SQLException {
        account.setLong(1, id);
        account.setString(2, username);
        account.setString(3, name);
        account.setString(4, role);
        account.setString(5, hash);
        account.setTimestamp(6, Timestamp.from(now));
        if (cardSecret == null) {
            account.setNull(7, Types.VARCHAR);
            account.setNull(8, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            account.setString(7, CardSecret.hashOf(cardSecret).orElseThrow());
            account.setTimestamp(8, Timestamp.from(now));
        }
        if (role.equals("TEACHER")) {
            account.executeUpdate();
        } else {
            account.addBatch();
        }
    }

    /** Six characters from the app's alphabet, distinct per teacher and unlike the app's random ones. */
    private static String joinCode(int teacher) {
        return "BENCH" + ALPHABET.charAt(teacher % ALPHABET.length());
    }

    /** Ids as EclipseLink takes them: each sequence value n reserves n-49..n (allocationSize 50). */
    private static final class Ids {
        private final Connection db;
        private final String sequence;
        private final boolean postgres;
        private long next;
        private long last;

        Ids(Connection db, String sequence) throws SQLException {
            this.db = db;
            this.sequence = sequence;
            this.postgres = db.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        }

        long next() throws SQLException {
            if (next == 0 || next > last) {
                try (Statement query = db.createStatement();
                        ResultSet value = query.executeQuery(
                                postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence)) {
                    value.next();
                    last = value.getLong(1);
                    next = last - 49;
                }
            }
            return next++;
        }
    }
}

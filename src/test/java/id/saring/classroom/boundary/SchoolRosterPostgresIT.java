package id.saring.classroom.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.testing.Admin;
import id.saring.testing.DapodikExport;
import id.saring.testing.Deployments;
import id.saring.testing.Texts;
import id.saring.testing.WebClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A whole school's students from its Dapodik export, and the school year turning over, through the
 * administrator's page as a browser posts it, on PostgreSQL so that the test can afterwards read
 * every table of the database itself: the columns Saring does not need (NIK, NISN, birth date,
 * parents, address, phone) must be in none of them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchoolRosterPostgresIT {

    private static final String SCHEMA = "saring_it";
    private static final String SCHOOL = "SMP Negeri 3 Wates";
    private static final String TEACHER = "operator.wates";
    private static final String LAST_YEAR = "2025/2026";
    private static final String THIS_YEAR = "2026/2027";
    private static final List<String> ROMBELS = List.of("7A", "7B", "7C", "8A", "8B", "8C", "9A", "9B", "9C", "VII D");
    private static final Pattern IMPORTED = Pattern.compile("Selesai: (\\d+) akun baru, (\\d+) siswa pindah kelas,"
            + " (\\d+) tetap di kelasnya, (\\d+) kelas baru\\.");

    /** Last year's 300 students, in 10 rombel. */
    private static final List<DapodikExport.Pupil> PUPILS = DapodikExport.pupils(300, ROMBELS, 5);

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl());
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA);
        }
        return Deployments.saringWarWithSampleCourse(Path.of("target", "it-courses-postgres"));
    }

    @ArquillianResource
    URL base;

    private static String schoolId;

    private WebClient admin() {
        if (schoolId == null) {
            Admin setup = new Admin(base);
            schoolId = setup.createSchool(SCHOOL, "Kulon Progo");
            setup.createAccount(TEACHER, "Bu Operator Wates", "TEACHER", "Operator-Wates-2026", schoolId);
        }
        WebClient admin = new WebClient(base);
        assertTrue(WebClient.isRedirect(admin.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD)));
        return admin;
    }

    private HttpResponse<String> importFile(WebClient admin, byte[] file, String fileName, String year) {
        HttpResponse<String> page = admin.get("admin/roster.xhtml?school=" + schoolId);
        assertEquals(200, page.statusCode(), page.body());
        return admin.submitMultipart(
                page, "import", Map.of("teacher", TEACHER, "year", year), "file", fileName, file, "submit");
    }

    @Test
    @Order(1)
    void aFileWithOneBadRowCreatesNothingAndNamesTheRow() throws SQLException {
        WebClient admin = admin();
        List<DapodikExport.Pupil> pupils = new ArrayList<>(PUPILS);
        DapodikExport.Pupil bad = pupils.get(150);
        pupils.set(
                150,
                new DapodikExport.Pupil(
                        "=HYPERLINK(\"http://x\")",
                        bad.nipd(),
                        bad.rombel(),
                        bad.nisn(),
                        bad.nik(),
                        bad.birthPlace(),
                        bad.birthDate(),
                        bad.address(),
                        bad.mother(),
                        bad.father(),
                        bad.phone()));

        HttpResponse<String> refused =
                importFile(admin, DapodikExport.xlsx(SCHOOL, pupils), "daftar_pd.xlsx", LAST_YEAR);

        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Tidak ada yang dibuat: 1 masalah di berkas itu."), refused.body());
        // Five title rows and two header rows: the 151st student is on the sheet's row 158.
        assertTrue(refused.body().contains("Baris 158: nama"), refused.body());
        assertEquals(0, count("select count(*) from account where school_number is not null"));
        assertEquals(0, count("select count(*) from school_class"));
    }

    @Test
    @Order(2)
    void threeHundredStudentsInTenRombelMakeTenClassesAndThreeHundredAccounts() throws SQLException {
        WebClient admin = admin();

        byte[] export = DapodikExport.xlsx(SCHOOL, PUPILS);
        long started = System.nanoTime();
        HttpResponse<String> imported = importFile(admin, export, "daftar_pd.xlsx", LAST_YEAR);
        long took = (System.nanoTime() - started) / 1_000_000;

        Matcher done = IMPORTED.matcher(imported.body());
        assertTrue(done.find(), imported.body());
        assertEquals(
                List.of("300", "0", "0", "10"), List.of(done.group(1), done.group(2), done.group(3), done.group(4)));
        assertEquals(
                300,
                count("select count(*) from account a join school s on s.id = a.school_id where a.role = 'STUDENT'"
                        + " and s.name = '" + SCHOOL + "' and a.school_number is not null"));
        assertEquals(10, count("select count(*) from school_class where school_year = '" + LAST_YEAR + "'"));
        assertEquals(
                List.of("30"),
                column("select count(*) from class_member group by class_id").stream()
                        .distinct()
                        .toList(),
                "30 students in each class");
        assertEquals(
                "7",
                column("select grade from school_class where name = 'VII D'").getFirst(),
                "the grade from the rombel's Roman numeral");

        // The new accounts' cards, with their first passwords, in one PDF.
        HttpResponse<byte[]> cards = admin.postFormForBytes(
                "admin/roster.xhtml?school=" + schoolId,
                "newcards=newcards&newcards%3AnewCards=&" + WebClient.facesFields(imported.body()));
        assertTrue(new String(cards.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"), cards.toString());
        // The import form posted as a plain form (a script, not the page): said, not a 500.
        HttpResponse<String> plain = admin.postForm(
                "admin/roster.xhtml?school=" + schoolId,
                "import=import&import%3Ateacher=" + TEACHER + "&import%3Ayear=2025%2F2026&import%3Asubmit=&"
                        + WebClient.facesFields(admin.get("admin/roster.xhtml?school=" + schoolId)
                                .body()),
                "text/html");
        assertEquals(200, plain.statusCode());
        assertTrue(plain.body().contains("Pilih berkas daftar siswa dulu."), plain.body());
        // New cards for the whole school in one PDF.
        String page = admin.get("admin/roster.xhtml?school=" + schoolId).body();
        HttpResponse<byte[]> school = admin.postFormForBytes(
                "admin/roster.xhtml?school=" + schoolId,
                "cards=cards&cards%3Aclass=&cards%3Aprint=&" + WebClient.facesFields(page));
        assertTrue(new String(school.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"), school.toString());
        assertEquals(
                300, count("select count(*) from account where school_number is not null and card_hash is not null"));
        // Numbers, not assertions: what an administrator waits for and downloads.
        System.out.printf(
                "School roster: %d-byte .xlsx, 300 students in 10 classes imported in %d ms (one request);"
                        + " new students' cards %d bytes, the whole school's %d bytes%n",
                export.length, took, cards.body().length, school.body().length);
    }

    @Test
    @Order(3)
    void theColumnsSaringDoesNotNeedAreNowhereInTheDatabase() throws SQLException {
        Set<String> sensitive = new HashSet<>();
        for (DapodikExport.Pupil pupil : PUPILS) {
            sensitive.addAll(pupil.sensitive());
            // No provider is connected yet: no address of the E-Mail column is one to keep.
            sensitive.add(pupil.email());
            sensitive.add(pupil.birthDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            sensitive.add(pupil.nik().replace("3401", "3402"));
            sensitive.add(pupil.nik().replace("3401", "3403"));
        }
        List<String> kept = new ArrayList<>();
        for (DapodikExport.Pupil pupil : PUPILS.subList(0, 3)) {
            kept.add(pupil.name());
            kept.add(pupil.nipd());
        }

        Map<String, List<String>> found = new LinkedHashMap<>();
        Set<String> keptFound = new HashSet<>();
        int cells = 0;
        try (Connection connection = DriverManager.getConnection(System.getProperty("saring.test.pg.url"));
                Statement statement = connection.createStatement()) {
            Map<String, List<String>> textColumns = new LinkedHashMap<>();
            try (ResultSet columns = statement.executeQuery(
                    "select table_name, column_name from information_schema.columns where table_schema = '" + SCHEMA
                            + "' and data_type in ('character varying', 'text', 'character', 'json', 'jsonb', 'bytea')"
                            + " order by table_name, ordinal_position")) {
                while (columns.next()) {
                    textColumns
                            .computeIfAbsent(columns.getString(1), t -> new ArrayList<>())
                            .add(columns.getString(2));
                }
            }
            assertTrue(
                    textColumns.containsKey("account") && textColumns.containsKey("audit_event"),
                    textColumns.toString());
            for (Map.Entry<String, List<String>> table : textColumns.entrySet()) {
                for (String column : table.getValue()) {
                    try (ResultSet values = statement.executeQuery(
                            "select \"" + column + "\" from " + SCHEMA + ".\"" + table.getKey() + "\"")) {
                        while (values.next()) {
                            byte[] raw = values.getBytes(1);
                            if (raw == null) {
                                continue;
                            }
                            String value = new String(raw, StandardCharsets.UTF_8);
                            cells++;
                            for (String secret : sensitive) {
                                if (value.contains(secret)) {
                                    found.computeIfAbsent(table.getKey() + "." + column, c -> new ArrayList<>())
                                            .add(secret);
                                }
                            }
                            kept.stream().filter(value::contains).forEach(keptFound::add);
                        }
                    }
                }
            }
        }

        assertEquals(Map.of(), found, "NIK, NISN, birth date, parents, address or phone kept");
        assertEquals(
                new HashSet<>(kept), keptFound, "the scan finds what is kept (names, NIPD) in " + cells + " cells");
    }

    @Test
    @Order(4)
    void closingTheYearKeepsLastYearsReportsAndTheNewRosterMovesStudentsToTheirNewClasses() throws SQLException {
        WebClient admin = admin();
        WebClient teacher = new WebClient(base);
        assertTrue(WebClient.isRedirect(teacher.logIn(TEACHER, "Operator-Wates-2026")));
        long oldClass = count("select id from school_class where name = '7A' and school_year = '" + LAST_YEAR + "'");
        DapodikExport.Pupil stays = PUPILS.getFirst(); // in 7A
        long account = count("select id from account where school_number = '" + stays.nipd() + "'");

        // A typed year that does not match closes nothing.
        HttpResponse<String> page = admin.get("admin/roster.xhtml?school=" + schoolId);
        HttpResponse<String> mistyped =
                admin.submitOn(page, "close", Map.of("yearToClose", LAST_YEAR, "typedYear", "2025"), "submit");
        assertTrue(mistyped.body().contains("Ketik tahun ajaran yang akan ditutup persis"), mistyped.body());
        assertEquals(0, count("select count(*) from school_class where archived_at is not null"));

        HttpResponse<String> closed = admin.submitOn(
                admin.get("admin/roster.xhtml?school=" + schoolId),
                "close",
                Map.of("yearToClose", LAST_YEAR, "typedYear", LAST_YEAR),
                "submit");
        assertTrue(
                closed.body().contains("Tahun ajaran " + LAST_YEAR + " ditutup: 10 kelas diarsipkan."), closed.body());
        assertEquals(10, count("select count(*) from school_class where archived_at is not null"));

        // Nothing is added to the closed year any more: neither a late import nor a class by hand.
        HttpResponse<String> late = importFile(
                admin, csv(PUPILS.subList(0, 3)).getBytes(StandardCharsets.UTF_8), "terlambat.csv", LAST_YEAR);
        assertTrue(late.body().contains("Tahun ajaran itu sudah ditutup"), late.body());
        HttpResponse<String> byHand = teacher.submit(
                "teach/classes.xhtml",
                "create",
                Map.of("name", "7 Susulan", "grade", "7", "year", LAST_YEAR),
                "submit");
        assertTrue(byHand.body().contains("Tahun ajaran itu sudah ditutup"), byHand.body());
        assertEquals(10, count("select count(*) from school_class where school_year = '" + LAST_YEAR + "'"));

        // The school connects belajar.id (SignInBrowserIT connects a real provider through its page;
        // here only the domain matters, so the row is written as the page would write it).
        try (Connection connection = DriverManager.getConnection(System.getProperty("saring.test.pg.url"));
                Statement statement = connection.createStatement()) {
            statement.execute("insert into sign_in_provider (id, name, issuer, client_id, client_secret, domains,"
                    + " created_at, version) values (nextval('sign_in_provider_seq'), 'belajar.id',"
                    + " 'https://accounts.google.com', 'saring-uji', 'rahasia-uji', 'belajar.id', now(), 1)");
        }

        // Next year: grade 9 (rombel 9A-9C, 90 students) has left, 30 new students came to 7A;
        // everyone else moves up a grade.
        List<DapodikExport.Pupil> next = new ArrayList<>();
        for (DapodikExport.Pupil pupil : PUPILS) {
            String rombel = pupil.rombel();
            if (rombel.startsWith("9")) {
                continue;
            }
            String up = rombel.equals("VII D") ? "VIII D" : (char) (rombel.charAt(0) + 1) + rombel.substring(1);
            next.add(new DapodikExport.Pupil(
                    pupil.name(),
                    pupil.nipd(),
                    up,
                    pupil.nisn(),
                    pupil.nik(),
                    pupil.birthPlace(),
                    pupil.birthDate(),
                    pupil.address(),
                    pupil.mother(),
                    pupil.father(),
                    pupil.phone()));
        }
        DapodikExport.pupils(30, List.of("7A"), 6).forEach(next::add);

        // One school address on two rows: nothing is created, and the second row is named.
        List<DapodikExport.Pupil> twice = List.of(next.get(0), next.get(2));
        assertTrue(twice.getFirst().hasSchoolAddress() && twice.getLast().hasSchoolAddress());
        String twiceCsv =
                csv(twice).replace(twice.getLast().email(), twice.getFirst().email());
        HttpResponse<String> refused =
                importFile(admin, twiceCsv.getBytes(StandardCharsets.UTF_8), "dobel.csv", THIS_YEAR);
        assertTrue(
                refused.body()
                        .contains("Baris 3: alamat akun sekolah "
                                + twice.getFirst().email()),
                refused.body());
        assertEquals(0, count("select count(*) from school_class where school_year = '" + THIS_YEAR + "'"));

        HttpResponse<String> imported =
                importFile(admin, csv(next).getBytes(StandardCharsets.UTF_8), "peserta_didik_2026.csv", THIS_YEAR);

        Matcher done = IMPORTED.matcher(imported.body());
        assertTrue(done.find(), imported.body());
        assertEquals(
                List.of("30", "210", "0", "8"), List.of(done.group(1), done.group(2), done.group(3), done.group(4)));
        // The school addresses are recorded for signing in with belajar.id; the families' are not kept.
        List<String> schoolAddresses = next.stream()
                .filter(DapodikExport.Pupil::hasSchoolAddress)
                .map(DapodikExport.Pupil::email)
                .sorted()
                .toList();
        assertTrue(
                imported.body()
                        .contains(schoolAddresses.size()
                                + " alamat akun sekolah dicatat untuk masuk dengan akun sekolah; "
                                + (next.size() - schoolAddresses.size()) + " alamat lain"),
                imported.body());
        assertEquals(schoolAddresses, column("select email from account where email is not null order by email"));
        assertEquals(
                List.of(stays.email()),
                column("select email from account where school_number = '" + stays.nipd() + "'"),
                "on the same account");
        long newClass = count("select id from school_class where name = '8A' and school_year = '" + THIS_YEAR + "'");
        assertEquals(
                List.of(oldClass, newClass),
                column("select class_id from class_member where account_id = " + account + " order by class_id")
                        .stream()
                        .map(Long::valueOf)
                        .toList(),
                "the same account, in last year's class and in this year's");

        // The administrator hands this year's 8A to the teacher who teaches it; its students go with it.
        new Admin(base)
                .createAccount("guru.kelas8", "Pak Guru Kelas Delapan", "TEACHER", "Guru-Kelas-8-2026", schoolId);
        HttpResponse<String> handed = admin.submitOn(
                admin.get("admin/roster.xhtml?school=" + schoolId),
                "handover",
                Map.of("class", String.valueOf(newClass), "teacher", "guru.kelas8"),
                "submit");
        assertTrue(handed.body().contains("Kelas 8A sekarang diajar oleh guru.kelas8."), handed.body());
        WebClient eighth = new WebClient(base);
        assertTrue(WebClient.isRedirect(eighth.logIn("guru.kelas8", "Guru-Kelas-8-2026")));
        assertTrue(eighth.get("teach/class.xhtml?id=" + newClass).body().contains(stays.name()));

        // Last year's report is still readable, and exports its students.
        HttpResponse<String> report =
                teacher.get("teach/report.xhtml?id=" + oldClass + "&course=" + Deployments.QUIZ_COURSE);
        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains(stays.name()), report.body());
        HttpResponse<byte[]> export = teacher.postFormForBytes(
                "teach/report.xhtml", "report=report&report%3Aexport-csv=&" + WebClient.facesFields(report.body()));
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), export.toString());
        assertTrue(new String(export.body(), StandardCharsets.UTF_8).contains(stays.name()));
        assertTrue(teacher.get("teach/class.xhtml?id=" + oldClass).body().contains("tahun ajaran yang sudah ditutup"));
        // ...and nothing joins it any more: its code belongs to a closed year.
        String oldCode = column("select join_code from school_class where id = " + oldClass)
                .getFirst();
        WebClient newcomer = new WebClient(base);
        new Admin(base).createAccount("pendatang.baru", "Pendatang Baru", "STUDENT", "Pendatang-Baru-2026", schoolId);
        assertTrue(WebClient.isRedirect(newcomer.logIn("pendatang.baru", "Pendatang-Baru-2026")));
        newcomer.postForm("learn/join", "code=" + oldCode, "text/html");
        assertEquals(
                0,
                count("select count(*) from class_member m join account a on a.id = m.account_id"
                        + " where a.username = 'pendatang.baru'"));

        // The 90 who left are listed for erasure, with a way to their grades first; nothing was deleted.
        String roster = admin.get("admin/roster.xhtml?school=" + schoolId).body();
        List<DapodikExport.Pupil> leavers =
                PUPILS.stream().filter(p -> p.rombel().startsWith("9")).toList();
        assertEquals(90, leavers.size());
        for (DapodikExport.Pupil leaver : leavers) {
            assertTrue(roster.contains(leaver.name()), leaver.name());
        }
        assertFalse(roster.contains(stays.name()), "a student who moved up has not left");
        long leaverAccount = count("select id from account where school_number = '"
                + leavers.getFirst().nipd() + "'");
        assertTrue(roster.contains("admin/student.xhtml?id=" + leaverAccount), "their grades, then erasure");
        assertEquals(330, count("select count(*) from account where school_number is not null"));
        assertEquals(
                1,
                count("select count(*) from audit_event where action = 'SCHOOL_YEAR_CLOSED'"),
                "closing the year is in the audit trail");
    }

    @Test
    @Order(5)
    void aLeaverPastTheRetentionPeriodIsDueForErasureAndIsErasedOnlyOnConfirmation() throws SQLException {
        WebClient admin = admin();
        // 9A's year was closed four months ago, 9B's and 9C's just now: only 9A's leavers are overdue
        // (README, Privacy and retention: 3 months). The date is moved in the database, as time would.
        try (Connection connection = DriverManager.getConnection(System.getProperty("saring.test.pg.url"));
                Statement statement = connection.createStatement()) {
            statement.execute("update school_class set archived_at = archived_at - interval '4 months'"
                    + " where name = '9A' and school_year = '" + LAST_YEAR + "'");
        }
        DapodikExport.Pupil overdue =
                PUPILS.stream().filter(p -> p.rombel().equals("9A")).findFirst().orElseThrow();
        DapodikExport.Pupil notYet =
                PUPILS.stream().filter(p -> p.rombel().equals("9B")).findFirst().orElseThrow();
        String roster = admin.get("admin/roster.xhtml?school=" + schoolId).body();
        String due = Texts.of("admin.roster.due");
        assertTrue(rowOf(roster, overdue.name()).contains(due), rowOf(roster, overdue.name()));
        assertFalse(rowOf(roster, notYet.name()).contains(due), "not overdue yet: " + rowOf(roster, notYet.name()));
        assertTrue(roster.indexOf(overdue.name()) < roster.indexOf(notYet.name()), "those due for erasure come first");

        // Their page offers the grades first; erasing needs the username typed again.
        long account = count("select id from account where school_number = '" + overdue.nipd() + "'");
        String username =
                column("select username from account where id = " + account).getFirst();
        String page = "admin/student.xhtml?id=" + account;
        HttpResponse<String> data = admin.submit(page, "export", Map.of(), "json");
        assertTrue(data.body().contains(overdue.name()), "the data file, with the grades, downloads before erasure");
        HttpResponse<String> unconfirmed = admin.submit(page, "erase", Map.of("confirmation", "bukan-dia"), "submit");
        assertTrue(unconfirmed.body().contains(Texts.of("privacy.erase.confirmMismatch")), unconfirmed.body());
        assertEquals(1, count("select count(*) from account where id = " + account), "nothing erased unconfirmed");
        assertTrue(admin.get("admin/roster.xhtml?school=" + schoolId).body().contains(overdue.name()));

        HttpResponse<String> erased = admin.submit(page, "erase", Map.of("confirmation", username), "submit");
        assertTrue(WebClient.isRedirect(erased), erased.body());
        assertEquals(0, count("select count(*) from account where id = " + account));
        assertEquals(0, count("select count(*) from class_member where account_id = " + account));
        String after = admin.get("admin/roster.xhtml?school=" + schoolId).body();
        assertFalse(after.contains(overdue.name()), "no longer a leaver to erase");
        assertTrue(after.contains(notYet.name()), "the others are still listed, with their date");
        assertEquals(
                1,
                count("select count(*) from audit_event where action = 'STUDENT_ERASED'"),
                "the erasure is in the audit trail");
    }

    /**
     * A login's time is written a moment later (LastLogins) without the account's version: a password
     * changed, or an account edited, in that moment must not fail on a version the login moved.
     */
    @Test
    @Order(6)
    void writingTheTimeOfALoginLeavesTheAccountsVersionAlone() throws SQLException, InterruptedException {
        admin();
        String before = "select version from account where username = '" + TEACHER + "'";
        long version = count(before);
        String lastLogin =
                "select coalesce(cast(last_login_at as varchar), '-') from account where username = '" + TEACHER + "'";
        String earlier = column(lastLogin).getFirst();

        WebClient teacher = new WebClient(base);
        assertTrue(WebClient.isRedirect(teacher.logIn(TEACHER, "Operator-Wates-2026")));
        for (int tries = 0; tries < 300 && column(lastLogin).getFirst().equals(earlier); tries++) {
            Thread.sleep(100);
        }

        assertFalse(column(lastLogin).getFirst().equals(earlier), "the login's time was written");
        assertEquals(version, count(before), "the login did not move the account's version");
    }

    /** The table row of the roster page that names this student. */
    private static String rowOf(String page, String name) {
        int at = page.indexOf(name);
        assertTrue(at >= 0, name + " is listed");
        int start = page.lastIndexOf("<tr", at);
        int end = page.indexOf("</tr>", at);
        return page.substring(start, end);
    }

    /** A plain CSV as a school's own spreadsheet saves it (semicolons), with a column Saring skips. */
    private static String csv(List<DapodikExport.Pupil> pupils) {
        StringBuilder csv = new StringBuilder("Nama;NIPD;NIK;E-Mail;Kelas\r\n");
        for (DapodikExport.Pupil pupil : pupils) {
            csv.append(pupil.name())
                    .append(';')
                    .append(pupil.nipd())
                    .append(';')
                    .append(pupil.nik())
                    .append(';')
                    .append(pupil.email())
                    .append(';')
                    .append(pupil.rombel())
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(column(sql).getFirst());
    }

    private static List<String> column(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getProperty("saring.test.pg.url"));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static String adminUrl() {
        String url = System.getProperty(
                "saring.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA);
        return url.replaceFirst("[?&]currentSchema=[^&]*", "");
    }
}

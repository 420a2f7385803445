package id.saring.infrastructure.database;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.reading.SampleCourse;
import id.saring.catalog.reading.TagVocabulary;
import id.saring.testing.Admin;
import id.saring.testing.Deployments;
import id.saring.testing.WebClient;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same war on PostgreSQL, switched by its one setting (saring.db.url, here pointing at the
 * server on 127.0.0.1:5432, schema saring_it): Flyway builds the schema and an administrator
 * logs in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MigrationsPostgresIT {

    static final String SCHEMA = "saring_it";

    /** The courses folder the PostgreSQL container reads (arquillian.xml): the sample course. */
    static final Path COURSES = Path.of("target", "it-courses-postgres");

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException, IOException {
        Files.createDirectories(COURSES);
        Files.copy(
                Path.of("courses", TagVocabulary.FILE),
                COURSES.resolve(TagVocabulary.FILE),
                StandardCopyOption.REPLACE_EXISTING);
        for (Map.Entry<String, byte[]> file : SampleCourse.files().entrySet()) {
            Path target = COURSES.resolve("contoh").resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        // An empty schema each run, as on a school's first start with a new database.
        try (Connection connection = DriverManager.getConnection(adminUrl());
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA);
        }
        return Deployments.saringWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void migrationsBuildTheSchemaAndTheAdministratorLogsIn() throws SQLException, InterruptedException {
        WebClient admin = new WebClient(base);

        HttpResponse<String> login = admin.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);

        assertEquals(302, login.statusCode(), login.body());
        assertTrue(admin.get("home.xhtml").body().contains("id=\"admin-home\""));
        try (Connection connection = DriverManager.getConnection(System.getProperty("saring.test.pg.url"));
                Statement statement = connection.createStatement()) {
            try (ResultSet history = statement.executeQuery(
                    "select count(*) from flyway_schema_history where success and version is not null")) {
                history.next();
                assertTrue(history.getInt(1) >= 1, "Flyway recorded its migrations in " + SCHEMA);
            }
            try (ResultSet account = statement.executeQuery(
                    "select password_hash, last_login_at from account where username = 'admin'")) {
                assertTrue(account.next(), "the first administrator is stored in PostgreSQL");
                assertTrue(
                        account.getString(1).startsWith("PBKDF2WithHmacSHA256:210000:"),
                        "hashed with PBKDF2, 210,000 iterations");
            }
            assertTrue(loginRecorded(statement), "the login was recorded");
        }
    }

    /**
     * Whether the administrator's login time is stored within a few seconds: a login's time is
     * written a second later, with that second's other logins (LastLogins).
     */
    private static boolean loginRecorded(Statement statement) throws SQLException, InterruptedException {
        for (int tries = 0; tries < 100; tries++) {
            try (ResultSet login =
                    statement.executeQuery("select last_login_at from account where username = 'admin'")) {
                if (login.next() && login.getTimestamp(1) != null) {
                    return true;
                }
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Test
    void coursesArePublishedAtStartAndServedFromPostgreSql() throws SQLException {
        new Admin(base).createAccount("siswa.pg", "Siswa PostgreSQL", "STUDENT", "gajah-biru-21");
        WebClient student = new WebClient(base);
        student.logIn("siswa.pg", "gajah-biru-21");

        HttpResponse<String> lesson = student.get("learn/lesson.xhtml?course=contoh-kursus&lesson=apa-itu-hoaks");
        HttpResponse<byte[]> image = student.getBytes("media/contoh-kursus/1/01-modul-satu/gambar/peta.png");

        assertEquals(200, lesson.statusCode());
        assertTrue(lesson.body().contains("Hoaks adalah informasi bohong"), lesson.body());
        assertEquals(200, image.statusCode());
        assertArrayEquals(
                SampleCourse.files().get("01-modul-satu/gambar/peta.png"),
                image.body(),
                "the image comes back byte for byte");
        try (Connection connection = DriverManager.getConnection(System.getProperty("saring.test.pg.url"));
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery(
                        "select number, source, octet_length(files) from course_version where course_id = 'contoh-kursus'")) {
            assertTrue(version.next(), "the version is stored in PostgreSQL");
            assertEquals(1, version.getInt(1));
            assertEquals("FOLDER", version.getString(2));
            assertTrue(version.getInt(3) > 0);
        }
    }

    @Test
    void theTimeLimitIsEnforcedByTheServer() throws SQLException {
        new Admin(base).createAccount("siswa.waktu", "Siswa Waktu", "STUDENT", "jam-pasir-33");
        WebClient student = new WebClient(base);
        student.logIn("siswa.waktu", "jam-pasir-33");
        HttpResponse<String> started = student.post("learn/start?course=contoh-kursus&quiz=kuis-modul-satu");
        long attempt = Long.parseLong(
                started.headers().firstValue("Location").orElseThrow().replaceAll(".*id=(\\d+).*", "$1"));
        assertTrue(student.postForm(
                        "learn/answer",
                        "attempt=" + attempt + "&question=q-tunggal&sequence=1&choice=a",
                        "application/json")
                .body()
                .contains("SAVED"));

        // The deadline passes (rather than waiting for it, the test moves it into the past).
        try (Connection connection = DriverManager.getConnection(System.getProperty("saring.test.pg.url"));
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "update quiz_attempt set deadline = now() - interval '1 second' where id = " + attempt);
        }
        HttpResponse<String> late = student.postForm(
                "learn/answer", "attempt=" + attempt + "&question=q-ganda&sequence=1&choices=a", "application/json");

        assertTrue(late.body().contains("TIME_UP"), late.body());
        assertTrue(
                student.get("learn/review.xhtml?id=" + attempt).body().contains("Nilaimu: 13"),
                "submitted with the answer saved in time, and nothing after");
        try (Connection connection = DriverManager.getConnection(System.getProperty("saring.test.pg.url"));
                Statement statement = connection.createStatement();
                ResultSet answers =
                        statement.executeQuery("select count(*) from attempt_answer where attempt_id = " + attempt)) {
            answers.next();
            assertEquals(1, answers.getInt(1));
        }
    }

    @Test
    void readinessIsUpOnPostgreSqlWithoutNamingIt() {
        HttpResponse<String> ready = new WebClient(base).get("/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"UP\""), ready.body());
        assertFalse(ready.body().contains("PostgreSQL"), "no product names for strangers: " + ready.body());
    }

    private static String adminUrl() {
        String url = System.getProperty(
                "saring.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA);
        return url.replaceFirst("[?&]currentSchema=[^&]*", "");
    }
}

package id.saring.view.teach;

import static id.saring.testing.Deployments.QUIZ_COURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.testing.Admin;
import id.saring.testing.Deployments;
import id.saring.testing.WebClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A teacher finds a module's lesson plan on the class page and opens it on its printable page;
 * an administrator reaches it from the course preview; a student is refused and never sees it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LessonPlanIT {

    private static final String MODULE = "modul-satu";
    private static final String PLAN = "teach/plan.xhtml?course=" + QUIZ_COURSE + "&module=" + MODULE;
    private static final Pattern CLASS = Pattern.compile("teach/class\\.xhtml\\?id=(\\d+)");
    private static final Pattern CODE = Pattern.compile("Kode untuk bergabung: ([A-Z0-9]{6})");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    @ArquillianResource
    URL base;

    @Test
    void teachersAndAdministratorsReadAModulesPlanAndStudentsAreRefused() {
        Admin admin = new Admin(base);
        String school = admin.createSchool("SMP Rencana", "Kupang");
        admin.createAccount("guru.rencana", "Bu Maria", "TEACHER", "jagung-bose-41", school);
        admin.createAccount("siswa.rencana", "Yosef Rencana", "STUDENT", "jagung-bose-42", school);
        WebClient teacher = logIn("guru.rencana", "jagung-bose-41");
        WebClient student = logIn("siswa.rencana", "jagung-bose-42");
        WebClient administrator = logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);

        // The teacher prepares a lesson from the class page: the plan is linked there, per module.
        HttpResponse<String> created = teacher.submit(
                "teach/classes.xhtml",
                "create",
                Map.of("name", "8B-Rencana", "grade", "8", "year", "2026/2027"),
                "submit");
        Matcher classId = CLASS.matcher(created.body());
        Matcher code = CODE.matcher(created.body());
        assertTrue(classId.find() && code.find(), created.body());
        String classPage =
                teacher.get("teach/class.xhtml?id=" + classId.group(1)).body();
        assertTrue(classPage.contains("Rencana pelajaran 40 menit"), "the class page has the plans panel");
        assertTrue(
                classPage.contains("/teach/plan.xhtml?course=" + QUIZ_COURSE + "&amp;module=" + MODULE),
                "the module's plan is linked from the class page");

        HttpResponse<String> plan = teacher.get(PLAN);
        assertEquals(200, plan.statusCode(), plan.body());
        assertTrue(plan.body().contains("<h1>Rencana pelajaran: Mengenal hoaks</h1>"), plan.body());
        assertTrue(plan.body().contains("<strong>membedakan</strong>"), "the plan's Markdown, rendered");
        assertTrue(plan.body().contains("Apa itu hoaks?"), "the module's lessons are named above the plan");
        assertTrue(plan.body().contains("id=\"print-plan\""), "a print button");
        assertTrue(plan.body().matches("(?s).*href=\"[^\"]*plan\\.css[^\"]*\".*"), "the print stylesheet");
        assertTrue(
                plan.body().indexOf("saring.css") < plan.body().indexOf("plan.css"),
                "the print stylesheet comes after the site's, so its rules win");
        HttpResponse<String> english = teacher.open(PLAN + "&lang=en");
        assertTrue(english.body().contains("Lesson plan: Knowing hoaxes"), english.body());
        teacher.open(PLAN + "&lang=id");
        String css =
                teacher.get("jakarta.faces.resource/plan.css.xhtml?ln=saring").body();
        assertTrue(css.contains("size: A4") && css.contains("@media print"), css);

        assertEquals(
                404,
                teacher.get("teach/plan.xhtml?course=" + QUIZ_COURSE + "&module=tidak-ada")
                        .statusCode());
        assertEquals(404, teacher.get(PLAN + "&version=1").statusCode(), "only administrators choose a version");

        // A student of the class is refused, and nothing of the plan reaches the student's pages.
        assertEquals(
                302,
                student.postForm("learn/join", "code=" + code.group(1), "text/html")
                        .statusCode());
        HttpResponse<String> refused = student.get(PLAN);
        assertEquals(403, refused.statusCode());
        assertFalse(refused.body().contains("Mengenal hoaks"), refused.body());
        String course = student.get("learn/course.xhtml?id=" + QUIZ_COURSE).body();
        assertFalse(course.contains("teach/plan.xhtml") || course.contains("Rencana pelajaran"), course);
        HttpResponse<String> nobody = new WebClient(base).get(PLAN);
        assertEquals(302, nobody.statusCode());
        assertTrue(nobody.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));

        // The administrator reads it from the course preview, of the version previewed.
        String preview = administrator
                .get("admin/preview.xhtml?course=" + QUIZ_COURSE + "&version=1")
                .body();
        assertTrue(preview.contains(PLAN.replace("&", "&amp;") + "&amp;version=1"), preview);
        HttpResponse<String> adminPlan = administrator.get(PLAN + "&version=1");
        assertEquals(200, adminPlan.statusCode());
        assertTrue(adminPlan.body().contains("Rencana pelajaran: Mengenal hoaks"));
        assertEquals(200, administrator.get(PLAN).statusCode());
    }

    private WebClient logIn(String username, String password) {
        WebClient client = new WebClient(base);
        assertEquals(302, client.logIn(username, password).statusCode(), username);
        return client;
    }
}

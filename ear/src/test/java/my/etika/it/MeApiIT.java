package my.etika.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /api/v1/me}: HTTP Basic against the directory, translated RFC 9457 problems. */
@ExtendWith(ArquillianExtension.class)
class MeApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EtikaServer.ear();
    }

    private static HttpResponse<String> me(WebSession session, String login, String password, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(EtikaServer.baseUri().resolve("api/v1/me")).GET();
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return session.raw(request.build());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void withoutCredentialsTheApiAsksForThemInMalayByDefault() {
        HttpResponse<String> response = me(new WebSession(), null, null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(json(response).getString("detail")).startsWith("Pengesahan diperlukan");
        assertThat(json(response).getInt("status")).isEqualTo(401);
    }

    @Test
    void aClientThatPrefersEnglishGetsEnglish() {
        HttpResponse<String> response = me(new WebSession(), null, null, "en-GB,en;q=0.9");

        assertThat(json(response).getString("detail")).startsWith("Authentication is required");
        assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserAreRefusedAlike() {
        HttpResponse<String> wrongPassword = me(new WebSession(), EtikaServer.demo("OFFICER").login(), "salah", "ms");
        HttpResponse<String> unknownUser = me(new WebSession(), "tiada.pegawai", EtikaServer.demoPassword(), "ms");

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownUser.statusCode()).isEqualTo(401);
        assertThat(json(wrongPassword).getString("detail"))
                .isEqualTo(json(unknownUser).getString("detail"))
                .isEqualTo("Nama pengguna atau kata laluan tidak sah. Sila cuba lagi.");
    }

    @Test
    void anOfficerWhoIsNoLongerActiveIsForbidden() {
        HttpResponse<String> response = me(new WebSession(), EtikaServer.inactiveDemo().login(),
                EtikaServer.demoPassword(), "en");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).getString("code")).isEqualTo("login.notActiveOfficer");
        assertThat(json(response).getString("detail")).startsWith("Your account is not an active officer");
    }

    @Test
    void anOfficerGetsTheirOwnRecordAndRoles() {
        HttpResponse<String> officer = me(new WebSession(), EtikaServer.demo("OFFICER").login(),
                EtikaServer.demoPassword(), null);
        HttpResponse<String> hr = me(new WebSession(), EtikaServer.demo("HR").login(), EtikaServer.demoPassword(),
                null);

        assertThat(officer.statusCode()).isEqualTo(200);
        JsonObject record = json(officer).getJsonObject("officer");
        assertThat(record.getString("login")).isEqualTo(EtikaServer.demo("OFFICER").login());
        assertThat(record.getString("fullName")).isEqualTo(EtikaServer.demo("OFFICER").fullName());
        assertThat(record.getString("status")).isEqualTo("ACTIVE");
        assertThat(record.getString("lastLoginAt")).endsWith("Z");
        assertThat(json(officer).getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("OFFICER");
        assertThat(json(hr).getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("OFFICER", "HR");
        HttpResponse<String> integrityHead = me(new WebSession(), EtikaServer.demo("INTEGRITY_HEAD").login(),
                EtikaServer.demoPassword(), null);
        assertThat(json(integrityHead).getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("OFFICER", "INTEGRITY", "INTEGRITY_HEAD");
    }

    @Test
    void theLoginPagesSessionCookieDoesNotOpenTheApi() {
        WebSession browser = new WebSession();
        browser.logIn(EtikaServer.demo("ADMIN").login(), EtikaServer.demoPassword());

        assertThat(browser.get("officer/my-record.xhtml").status()).isEqualTo(200);
        assertThat(me(browser, null, null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownResourceIsAProblemToo() {
        HttpResponse<String> response = new WebSession().raw(HttpRequest.newBuilder(
                EtikaServer.baseUri().resolve("api/v1/no-such-thing"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (EtikaServer.demo("OFFICER").login() + ":" + EtikaServer.demoPassword())
                                .getBytes(StandardCharsets.UTF_8)))
                .GET().build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).getString("detail")).startsWith("Halaman atau sumber yang diminta tidak dijumpai");
    }
}

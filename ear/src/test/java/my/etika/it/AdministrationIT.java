package my.etika.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import my.etika.ldapschema.demo.DemoLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The working calendar's and the audit trail's API in the real server: working days are counted in the duty
 * station's week with its holidays and their substitutes; the audit chain verifies and is the auditors' alone.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EtikaServer.ear();
    }

    @Test
    void workingDaysAreCountedInTheDutyStationsWeek() throws Exception {
        // one working day after Thursday 3 December 2026: Sunday in Kedah (Friday–Saturday weekend), Friday in Selangor
        assertThat(json(get("api/v1/calendar/working-days?state=MY-02&from=2026-12-03&days=1", "OFFICER"))
                .getString("date")).isEqualTo("2026-12-06");
        assertThat(json(get("api/v1/calendar/working-days?state=MY-10&from=2026-12-03&days=1", "OFFICER"))
                .getString("date")).isEqualTo("2026-12-04");
        // Labour Day 2026 is a Friday: Kedah gives the Sunday after instead
        JsonObject kedah = json(get("api/v1/calendar/working-days?state=MY-02&from=2026-04-30&days=1", "OFFICER"));
        assertThat(kedah.getString("date")).isEqualTo("2026-05-04");
        assertThat(kedah.getJsonArray("skipped").toString()).contains("2026-05-03");
    }

    @Test
    void theAuditChainVerifiesForAuditorsOnly() throws Exception {
        HttpResponse<String> verified = get("api/v1/audit/verify", "AUDITOR");
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(json(verified).getBoolean("intact")).as(verified.body()).isTrue();
        assertThat(get("api/v1/audit/verify", "HR").statusCode()).isEqualTo(403);
        assertThat(get("api/v1/audit/events?entityType=Incident", "INTEGRITY").statusCode()).isEqualTo(403);
        assertThat(get("api/v1/audit/events?size=5", "AUDITOR").statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> get(String path, String role) throws Exception {
        DemoLogin login = EtikaServer.demo(role);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(EtikaServer.baseUri().resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((login.login() + ":"
                        + EtikaServer.demoPassword()).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "ms").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}

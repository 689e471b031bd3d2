package dev.meshport.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestTest {

    @Test
    void parsesMethodUrlHeadersAndQuery() {
        Request r = Request.parse("get http://Reviews.bookinfo:9080/reviews/1?a=1&a=2&b", List.of("End-User: jason"), Caller.parse("bookinfo/pp"));
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.host()).isEqualTo("reviews.bookinfo");
        assertThat(r.port()).isEqualTo(9080);
        assertThat(r.path()).isEqualTo("/reviews/1");
        assertThat(r.query()).containsEntry("a", List.of("1", "2")).containsEntry("b", List.of(""));
        assertThat(r.headers()).containsEntry("end-user", "jason");
        assertThat(r.authority()).isEqualTo("reviews.bookinfo:9080");
        assertThat(r.caller().serviceAccount()).isEqualTo("pp");
    }

    @Test
    void defaultPortsAndPath() {
        assertThat(Request.parse("GET http://web", List.of(), Caller.unauthenticated()).port()).isEqualTo(80);
        assertThat(Request.parse("GET https://web", List.of(), Caller.unauthenticated()).port()).isEqualTo(443);
        assertThat(Request.parse("GET http://web", List.of(), Caller.unauthenticated()).path()).isEqualTo("/");
    }

    @Test
    void rejectsMalformedInput() {
        assertThatThrownBy(() -> Request.parse("http://web/", List.of(), Caller.unauthenticated())).hasMessageContaining("METHOD URL");
        assertThatThrownBy(() -> Request.parse("GET http://web/", List.of("novalue"), Caller.unauthenticated())).hasMessageContaining("Name: value");
        assertThatThrownBy(() -> Caller.parse("just-a-name")).hasMessageContaining("NAMESPACE/SERVICEACCOUNT");
    }
}

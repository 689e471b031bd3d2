package dev.meshport.samples.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/** {@code meshport simulate} end to end on the samples, text and JSON, against approved outputs. */
class SimulateSamplesTest {

    private static final String BOOKINFO = "istio/bookinfo";
    private static final String EMOJIVOTO = "linkerd/emojivoto";

    private static String run(String... args) {
        StringWriter err = new StringWriter();
        String out = run(err, 0, args);
        assertThat(err.toString()).isEmpty();
        return out;
    }

    private static String run(StringWriter err, int expectedCode, String... args) {
        List<String> all = new ArrayList<>(List.of("simulate"));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        int code = Main.run(all.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(expectedCode);
        return out.toString();
    }

    @Test
    void badRequestsAreUsageErrors() {
        StringWriter err = new StringWriter();
        run(err, 2, BOOKINFO, "--mesh", "istio", "--request", "http://reviews.bookinfo/");
        assertThat(err.toString()).isEqualTo("meshport: expected 'METHOD URL', got 'http://reviews.bookinfo/'\n");
        StringWriter err2 = new StringWriter();
        run(err2, 2, BOOKINFO, "--mesh", "istio", "--request", "GET http://reviews.bookinfo/", "--from", "productpage");
        assertThat(err2.toString()).contains("NAMESPACE/SERVICEACCOUNT");
    }

    @Test
    void theDefaultInboundPolicyIsAnOption() {
        String[] request = {BOOKINFO, "--mesh", "linkerd", "--request", "GET http://reviews.bookinfo:9080/", "--from",
            "bookinfo/bookinfo-productpage"};
        assertThat(run(request)).contains("authorization: ALLOW");
        List<String> denying = new ArrayList<>(List.of(request));
        denying.addAll(List.of("--default-inbound-policy", "deny"));
        assertThat(run(denying.toArray(String[]::new))).contains("authorization: DENY");
    }

    private static void verifyJson(String json) {
        Approvals.verify(json, new Options().forFile().withExtension(".json"));
    }

    private static final String[] JASON = {BOOKINFO, "--mesh", "istio", "--request", "GET http://reviews.bookinfo:9080/reviews/1",
        "-H", "end-user: jason", "--from", "bookinfo/bookinfo-productpage"};

    @Test
    void istioJasonSeesReviewsV2() {
        Approvals.verify(run(JASON));
    }

    @Test
    void istioJasonSeesReviewsV2Json() {
        List<String> args = new ArrayList<>(List.of(JASON));
        args.addAll(List.of("--format", "json"));
        verifyJson(run(args.toArray(String[]::new)));
    }

    @Test
    void istioEveryoneElseGetsTheCanarySplit() {
        Approvals.verify(run(BOOKINFO, "--mesh", "istio", "--request", "GET http://reviews.bookinfo:9080/reviews/1",
                "--from", "bookinfo/bookinfo-productpage"));
    }

    @Test
    void istioIngressGatewayMayGetProductpage() {
        Approvals.verify(run(BOOKINFO, "--mesh", "istio", "--request", "GET http://bookinfo.example.com/productpage",
                "--from", "istio-system/istio-ingressgateway-service-account", "--gateway", "bookinfo/bookinfo-gateway"));
    }

    @Test
    void istioProductpageMayNotPostToRatings() {
        Approvals.verify(run(BOOKINFO, "--mesh", "istio", "--request", "POST http://ratings.bookinfo:9080/ratings/1",
                "--from", "bookinfo/bookinfo-productpage"));
    }

    @Test
    void istioProductpageMayNotPostToRatingsJson() {
        verifyJson(run(BOOKINFO, "--mesh", "istio", "--request", "POST http://ratings.bookinfo:9080/ratings/1",
                "--from", "bookinfo/bookinfo-productpage", "--format", "json"));
    }

    @Test
    void istioUnauthenticatedClientIsRefused() {
        Approvals.verify(run(BOOKINFO, "--mesh", "istio", "--request", "GET http://details.bookinfo:9080/details/1"));
    }

    private static final String[] WEB_TO_EMOJI = {EMOJIVOTO, "--mesh", "linkerd", "--request",
        "POST http://emoji-svc.emojivoto:8080/emojivoto.v1.EmojiService/ListAll", "-H", "content-type: application/grpc",
        "--from", "emojivoto/web"};

    @Test
    void linkerdWebMayCallEmojiOverGrpc() {
        Approvals.verify(run(WEB_TO_EMOJI));
    }

    @Test
    void linkerdWebMayCallEmojiOverGrpcJson() {
        List<String> args = new ArrayList<>(List.of(WEB_TO_EMOJI));
        args.addAll(List.of("--format", "json"));
        verifyJson(run(args.toArray(String[]::new)));
    }

    @Test
    void linkerdUnauthenticatedVoteIsDenied() {
        Approvals.verify(run(EMOJIVOTO, "--mesh", "linkerd", "--request",
                "POST http://voting-svc.emojivoto:8080/emojivoto.v1.VotingService/VoteDoughnut", "-H", "content-type: application/grpc"));
    }

    @Test
    void linkerdWebVotesDoughnutThroughItsGrpcRoute() {
        Approvals.verify(run(EMOJIVOTO, "--mesh", "linkerd", "--request",
                "POST http://voting-svc.emojivoto:8080/emojivoto.v1.VotingService/VoteDoughnut", "-H", "content-type: application/grpc",
                "--from", "emojivoto/web"));
    }

    @Test
    void linkerdServiceProfileShadowsTheHttpRoute() {
        Approvals.verify(run(EMOJIVOTO, "--mesh", "linkerd", "--request", "GET http://web-svc.emojivoto/api/list",
                "--from", "emojivoto/web", "--from-ip", "10.1.2.3"));
    }

    @Test
    void linkerdUnknownInboundRouteIs404() {
        Approvals.verify(run(EMOJIVOTO, "--mesh", "linkerd", "--request", "DELETE http://web-svc.emojivoto/api/list",
                "--from", "emojivoto/web"));
    }

    @Test
    void linkerdBooksCanaryFollowsTheTrafficSplit() {
        Approvals.verify(run("linkerd/booksapp", "--mesh", "linkerd", "--request", "GET http://books.booksapp:7002/books.json",
                "--from", "booksapp/webapp"));
    }

    @Test
    void comparingBookinfoUnderLinkerd() {
        List<String> args = new ArrayList<>(List.of(JASON));
        args.addAll(List.of("--compare", BOOKINFO));
        Approvals.verify(run(args.toArray(String[]::new)));
    }

    @Test
    void comparingBookinfoUnderLinkerdJson() {
        List<String> args = new ArrayList<>(List.of(JASON));
        args.addAll(List.of("--compare", BOOKINFO, "--format", "json"));
        verifyJson(run(args.toArray(String[]::new)));
    }
}

package dev.meshport.samples.differential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshport.model.Gap;
import dev.meshport.samples.differential.IstioWorld.Destination;
import dev.meshport.samples.differential.IstioWorld.HttpEntry;
import dev.meshport.samples.differential.IstioWorld.MatchSpec;
import dev.meshport.samples.differential.IstioWorld.PolicySpec;
import dev.meshport.samples.differential.IstioWorld.StringMatch;
import dev.meshport.samples.differential.IstioWorld.Svc;
import dev.meshport.samples.differential.IstioWorld.VirtualServiceSpec;
import dev.meshport.simulator.Caller;
import dev.meshport.simulator.Request;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule that decides which gaps concern a request ({@link IstioToLinkerdPair#gapsInvolved}). */
class IstioToLinkerdPairTest {

    private static final Svc WEB = new Svc("web", "shop", List.of("v1"), true);
    private static final Svc API = new Svc("api", "shop", List.of("v1"), true);

    /** http[0] uri exact /static/app.js; http[1] uri regex /a.* (a partial gap); a DENY policy on api (a none gap). */
    private final Differential.Translated translated;
    private final MeshPair pair = new IstioToLinkerdPair();

    IstioToLinkerdPairTest() {
        VirtualServiceSpec vs = new VirtualServiceSpec("web", "shop", List.of(
                new HttpEntry(List.of(new MatchSpec(new StringMatch("exact", "/static/app.js"), null, null, null)), List.of(new Destination("web", null, null))),
                new HttpEntry(List.of(new MatchSpec(new StringMatch("regex", "/a.*"), null, null, null)), List.of(new Destination("web", "v1", null)))));
        PolicySpec deny = new PolicySpec("deny-api", "shop", Map.of("app", "api"), "DENY", List.of());
        translated = Differential.translate(pair, new IstioWorld(List.of(WEB, API), List.of(vs), List.of(deny)).yaml());
    }

    private List<String> gaps(String host, String path) {
        Request request = new Request("GET", "http", host, IstioWorld.PORT, path, Map.of(), Map.of(), Caller.of("shop", "client"));
        return Differential.compare(pair, translated, request).gaps().stream().map(Gap::gap).toList();
    }

    @Test
    void aGapOnALaterEntryThatCannotMatchDoesNotConcernTheRequest() {
        assertThat(gaps("web.shop", "/static/app.js")).isEmpty();
    }

    @Test
    void aGapOnTheMatchedEntryConcernsTheRequest() {
        assertThat(gaps("web.shop", "/admin")).containsExactly("istio-vs-regex");
    }

    @Test
    void whenNoEntryMatchesEveryEntryConcernsTheRequest() {
        assertThat(gaps("web.shop", "/healthz")).containsExactly("istio-vs-regex");
    }

    @Test
    void aGapOnAPolicyConcernsOnlyRequestsToTheWorkloadsItSelects() {
        assertThat(gaps("api.shop", "/")).containsExactly("istio-authz-fail-closed");
        assertThat(gaps("web.shop", "/static/app.js")).doesNotContain("istio-authz-fail-closed");
    }
}

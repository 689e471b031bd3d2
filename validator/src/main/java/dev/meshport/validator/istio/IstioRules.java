package dev.meshport.validator.istio;

import dev.meshport.validator.Rule;
import dev.meshport.validator.istio.destinationrule.InvalidSubsetName;
import dev.meshport.validator.istio.schema.InvalidDuration;
import dev.meshport.validator.istio.schema.MissingRequiredField;
import dev.meshport.validator.istio.virtualservice.VsInvalidHosts;
import dev.meshport.validator.istio.virtualservice.VsInvalidRedirect;
import dev.meshport.validator.istio.virtualservice.VsInvalidRetries;
import dev.meshport.validator.istio.virtualservice.VsInvalidWeight;
import dev.meshport.validator.istio.virtualservice.VsJwtClaimRouteWithoutGateway;
import dev.meshport.validator.istio.virtualservice.VsRouteActionConflict;
import java.util.List;

/** The Istio rules. Add each new rule here. */
public final class IstioRules {

    private IstioRules() {}

    public static List<Rule> all() {
        return List.of(
                new InvalidDuration(), new MissingRequiredField(),
                new PercentageOutOfRange(), new InvalidSubsetName(),
                new VsInvalidHosts(), new VsInvalidRedirect(), new VsInvalidRetries(), new VsInvalidWeight(),
                new VsJwtClaimRouteWithoutGateway(), new VsRouteActionConflict());
    }
}

package dev.meshport.model.load;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Valid values that fabric8's istio-model 7.5.2 cannot read, by model class name: the model types WasmPlugin's
 * {@code match[].mode} (an enum name such as SERVER) as an integer, and cannot tell ringHash's two oneOf shapes
 * apart. Such a field is left out of the typed view (the tree keeps it, and rules read it there) instead of failing
 * the whole resource, and is not reported as invalid. Keyed by name so that the schema check need not load the class.
 */
public final class ModelDefects {

    private static final Map<String, Pattern> BY_CLASS = Map.of(
            "io.fabric8.istio.api.extensions.v1alpha1.WasmPlugin", Pattern.compile("spec\\.match\\[\\d+\\]\\.mode"),
            "io.fabric8.istio.api.networking.v1.DestinationRule", Pattern.compile("spec\\..*\\.consistentHash\\.ringHash"));

    private ModelDefects() {}

    /** The fields of {@code modelClass} that binding reads around, or null. */
    public static Pattern of(String modelClass) {
        return BY_CLASS.get(modelClass);
    }
}

package dev.meshport.translator.toistio;

import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;

final class TrafficSplits implements Translation {

    @Override
    public void translate(TranslationContext ctx) {
    }
}

package org.iccindex.web;

import java.util.Locale;
import java.util.Set;
import org.iccindex.wording.French;
import org.springframework.stereotype.Component;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * French typography on every French page, as the French reports have it: the text of a rendered page gets
 * no-break spaces before {@code : ; ! ?} and inside guillemets ({@link French#spacing}), whatever the text came from
 * (messages, the definition, stored data), so that a narrow screen never starts a line with the sign. Text people
 * typed and may send back ({@code textarea}), code and examples ({@code pre}, {@code code}) and scripts and styles
 * are left exactly as they are; so are attributes.
 */
@Component
public class FrenchSpacingDialect extends AbstractDialect implements IPostProcessorDialect {

    public FrenchSpacingDialect() {
        super("French spacing");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, Handler.class, 1000));
    }

    /** Rewrites the text events of a French page outside the elements whose text must stay as written. */
    public static final class Handler extends AbstractTemplateHandler {
        private static final Set<String> VERBATIM = Set.of("textarea", "pre", "code", "script", "style");
        private int verbatimDepth;

        public Handler() {
            super();
        }

        @Override
        public void handleOpenElement(IOpenElementTag tag) {
            if (VERBATIM.contains(tag.getElementCompleteName().toLowerCase(Locale.ROOT))) {
                verbatimDepth++;
            }
            super.handleOpenElement(tag);
        }

        @Override
        public void handleCloseElement(ICloseElementTag tag) {
            if (VERBATIM.contains(tag.getElementCompleteName().toLowerCase(Locale.ROOT)) && verbatimDepth > 0) {
                verbatimDepth--;
            }
            super.handleCloseElement(tag);
        }

        @Override
        public void handleText(IText text) {
            Locale locale = getContext().getLocale();
            if (verbatimDepth == 0 && locale != null && locale.getLanguage().equals("fr")) {
                String content = text.getText();
                String spaced = French.spacing(content);
                if (!spaced.equals(content)) {
                    super.handleText(getContext().getModelFactory().createText(spaced));
                    return;
                }
            }
            super.handleText(text);
        }
    }
}

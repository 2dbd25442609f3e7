package org.wortlaut.figures;

/** A rule that reads the figure lexicon, German numbers and hedges (the rules' common tools). */
abstract class LexiconRule implements Rule {

    protected final FigureLexicon lexicon;
    protected final GermanNumbers numbers;
    protected final Hedges hedges;

    LexiconRule(FigureLexicon lexicon, GermanNumbers numbers, Hedges hedges) {
        this.lexicon = lexicon;
        this.numbers = numbers;
        this.hedges = hedges;
    }
}

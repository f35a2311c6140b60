package org.chancery.sample;

import java.util.List;

/** The words generated publications are made of, besides the sample site's own sentences. */
final class SampleWords {
    private SampleWords() {
    }

    static final List<String> TOPICS = List.of(
            "strategic stability", "nuclear non-proliferation", "the Arctic Council", "the Salisbury incident",
            "the situation in Syria", "the settlement in Ukraine", "the Minsk agreements", "the Iran nuclear deal",
            "the pandemic", "vaccine cooperation", "climate change", "energy security", "gas supplies to Europe",
            "the World Cup", "the Olympic Games", "cultural exchanges", "the Russian Orthodox Church in London",
            "Russian-British trade", "sanctions", "the OPCW", "chemical weapons", "cyber security",
            "international terrorism", "drug trafficking", "the Victory Day anniversary", "the Great Patriotic War",
            "war memorials", "veterans of the Arctic convoys", "the BRICS summit", "the G20", "the UN Security Council",
            "the WHO", "multilateralism", "freedom of the media", "the rights of Russian journalists",
            "the Skripal case", "visa applications", "consular fees", "Russian citizens abroad", "space cooperation",
            "Antarctica", "Afghanistan", "the Korean Peninsula", "the Middle East peace process", "Libya",
            "the Caspian region", "the Eurasian Economic Union", "the Council of Europe", "the OSCE", "NATO expansion",
            "missile defence", "the INF Treaty", "New START", "outer space", "Brexit", "the City of London",
            "Tolstoy and Dostoevsky", "the Bolshoi Theatre", "Russian language teaching", "student exchanges");

    static final List<String> SUBJECTS = List.of(
            "The Embassy", "The Russian side", "Moscow", "The Foreign Ministry", "Our partners", "The Ambassador",
            "Russian diplomats", "The delegation", "The Government", "The parties", "The international community",
            "British officials", "The press office", "Experts", "The Minister");

    static final List<String> VERBS = List.of(
            "has repeatedly drawn attention to", "is ready to discuss", "firmly rejects allegations about",
            "welcomes progress on", "expressed concern over", "continues to work on", "calls for dialogue on",
            "reaffirmed its position on", "will raise again", "has no information about", "attaches great importance to",
            "noted the importance of", "is closely following", "proposed a joint approach to", "regrets the decision on",
            "stands ready to cooperate on", "has sent a note regarding", "held consultations on", "briefed the media on",
            "considers unacceptable any speculation on");

    static final List<String> ENDINGS = List.of(
            "in the coming months", "without preconditions", "on the basis of international law",
            "within the framework of the UN", "at the expert level", "as soon as possible", "in a spirit of mutual respect",
            "despite the current difficulties", "together with our partners", "in full accordance with the Vienna Convention",
            "at the highest level", "this week", "in London and Moscow", "for the benefit of both peoples");

    static final List<String> SPEAKERS = List.of(
            "Sergey Lavrov", "Maria Zakharova", "Andrei Kelin", "Alexander Yakovenko", "Vladimir Putin",
            "Dmitry Peskov", "Sergey Ryabkov", "Alexander Grushko", "Vasily Nebenzya", "Alexander Kramarenko");

    static final List<String> OUTLETS = List.of(
            "TASS", "RIA Novosti", "RT", "the BBC", "The Times", "The Guardian", "Sky News", "Kommersant",
            "Izvestia", "Rossiyskaya Gazeta", "Interfax", "Channel One", "the Financial Times", "Reuters");

    static final List<String> PLACES = List.of(
            "Moscow", "London", "Sochi", "Geneva", "New York", "Vienna", "Brussels", "St Petersburg", "Edinburgh",
            "Minsk", "Beijing", "Ankara");

    static final List<String> TAGS = List.of(
            "consular", "visas", "victory-day", "un", "security", "culture", "economy", "media", "salisbury",
            "arctic", "education", "sport");
}

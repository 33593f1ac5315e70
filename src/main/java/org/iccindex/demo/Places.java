package org.iccindex.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The fictional cities of the synthetic sample, by country. The names are invented from syllables of each country's
 * language so that they read plausibly but name no real city; the countries are those of the ICC network.
 */
final class Places {
    /**
     * A fictional city and its country's traits: the typical foreign-born share of its cities (percent) and how
     * large its member cities tend to be (0 typical, negative smaller, positive larger).
     */
    record Place(String name, String country, double foreignBornTypical, double sizeBias) {}

    private static final List<Place> ALL = build();

    private Places() {}

    static List<Place> all() {
        return ALL;
    }

    private static List<Place> build() {
        List<Place> places = new ArrayList<>();
        add(places, "Italy", 11, -0.2, "Vendralla", "Sorbicena", "Calvarossa", "Montelibra", "Tarvanello");
        add(places, "Italy", 11, -0.2, "Orsinara", "Belcastrano", "Fiordalena", "Ambrenza", "Portavella");
        add(places, "Italy", 11, -0.2, "Vallestra", "Cerbinola", "Roccamerla", "Santa Vireta");
        add(places, "Spain", 14, -0.1, "Almendora", "Villarosca", "Torrenza", "Castrejal", "Sanvedra", "Olivanca");
        add(places, "Spain", 14, -0.1, "Benicarda", "Montalbeo", "Peñalvera", "Alcavera", "Zarmona", "Cuevalta");
        add(places, "Portugal", 9, -0.4, "Montemirante", "Vila Seroa", "Almadeira", "Pinhalto", "Ourivel");
        add(places, "Portugal", 9, -0.4, "Sernadela", "Torre da Arvela", "Fontelar");
        add(places, "Ukraine", 2.5, 0.4, "Zelenovod", "Bilokamensk", "Stepanohrad", "Kalynopil", "Yasenohrad");
        add(places, "Ukraine", 2.5, 0.4, "Lysohirsk", "Vodianopil", "Chervonolan");
        add(places, "Germany", 18, 0.2, "Wendelsfurt", "Altmarsberg", "Halvenstedt", "Neuhardingen");
        add(places, "Germany", 18, 0.2, "Kettelbrück", "Ulmenhagen", "Tannwerder");
        add(places, "France", 13, 0.1, "Saint-Orvenne", "Valmoreux", "Montclérac", "Sarvignac", "Loubrecourt");
        add(places, "France", 13, 0.1, "Villeroque");
        add(places, "Norway", 16, -0.5, "Havrestad", "Brekkesund", "Lundervik", "Solvågen", "Tindeby");
        add(places, "Sweden", 21, -0.3, "Ekebyhamn", "Norrvalla", "Bjurhamra", "Lindövik");
        add(places, "Denmark", 12, -0.4, "Vesterkrog", "Kragsund", "Ribelund");
        add(places, "Finland", 7, -0.4, "Tammivaara", "Vaaranlinna", "Routavesi");
        add(places, "Ireland", 17, -0.5, "Ballymorrin", "Dunmeara", "Carrickfane");
        add(places, "United Kingdom", 15, 0.2, "Hallingford", "Wexmoor", "Eastmere", "Kelverton");
        add(places, "Netherlands", 14, -0.2, "Zwaanrecht", "Sluiswijk", "Dijkhaven", "Waalderen");
        add(places, "Belgium", 17, -0.2, "Ostrecht", "Lierhout", "Ardenvaux");
        add(places, "Switzerland", 30, -0.5, "Aarwil", "Rheinmatt", "Lavorno");
        add(places, "Austria", 20, -0.2, "Traunwies", "Murenau", "Ennsbruck");
        add(places, "Poland", 2, 0.1, "Wierzbogóra", "Zielonogród", "Dębnogród", "Modrzewno");
        add(places, "Greece", 11, -0.3, "Thalassopoli", "Neapyrgos", "Kastromeli");
        add(places, "Cyprus", 21, -0.8, "Agia Melina", "Kalokampos");
        add(places, "Serbia", 6, -0.2, "Zorankovac", "Zlatibrod", "Savograd");
        add(places, "Bosnia and Herzegovina", 3, -0.4, "Drinopolje", "Vrbograd");
        add(places, "Croatia", 8, -0.5, "Zlatnica", "Jadranovac");
        add(places, "Hungary", 5, -0.2, "Fehérvölgy", "Szilfalak");
        add(places, "Romania", 2.5, 0.0, "Câmpulești", "Mureșana");
        add(places, "Moldova", 4, -0.3, "Nistreni");
        add(places, "Georgia", 2, 0.0, "Tsiskarubani");
        add(places, "Turkey", 6, 1.0, "Sedirova", "Mercankent");
        add(places, "Israel", 22, -0.2, "Givat Marom");
        add(places, "Morocco", 1.5, 0.8, "Oued Zahra", "Ain Zerhana");
        add(places, "Mexico", 1.5, 1.0, "Villa Cardenal", "Puerto Nopalia", "Xochimara");
        add(places, "Canada", 24, 0.3, "Port Alderby", "Maplecroft", "Saint-Aubrac");
        add(places, "United States", 14, 0.3, "Bellhaven Falls", "Marlow Springs");
        add(places, "Australia", 29, 0.2, "Port Ellory", "Kandarra Springs");
        add(places, "New Zealand", 27, -0.2, "Port Haldane");
        add(places, "Japan", 2.5, 0.9, "Kitanagi", "Hinomiya", "Tsukisato");
        add(places, "South Korea", 4, 0.9, "Hwaryeong", "Hanseo", "Baekwon", "Eunpo");
        add(places, "Malta", 17, -1.2, "Marsaverna");
        add(places, "Luxembourg", 45, -1.2, "Mertzange");
        add(places, "Lithuania", 4, -0.4, "Žalgirava");
        add(places, "Iceland", 15, -1.2, "Reynivík");
        return List.copyOf(places);
    }

    private static void add(
            List<Place> places, String country, double foreignBornTypical, double sizeBias, String... names) {
        for (String name : names) {
            places.add(new Place(name, country, foreignBornTypical, sizeBias));
        }
    }
}

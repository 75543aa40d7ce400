package fr.dui.server.synthetic;

/**
 * The kinds of establishments and services the generator makes, with what shapes their population: FINESS category
 * (TRE_R66), public, ages, share of women, how people are accompanied and which projet personnalisé they have.
 */
public enum Category {
    EHPAD(
            "500",
            "Etablissement d'hébergement pour personnes âgées dépendantes",
            "EHPAD Résidence",
            Public.PA,
            75,
            101,
            0.74,
            "hebergement-permanent",
            "Hébergement permanent",
            "PP",
            "Projet Personnalisé",
            false,
            3.0),
    RESIDENCE_AUTONOMIE(
            "202",
            "Résidences autonomie",
            "Résidence autonomie",
            Public.PA,
            65,
            95,
            0.70,
            "hebergement-permanent",
            "Hébergement permanent",
            "PP",
            "Projet Personnalisé",
            false,
            1.5),
    IME(
            "183",
            "Institut médico-éducatif (IME)",
            "IME",
            Public.ENF,
            6,
            20,
            0.35,
            "accueil-de-jour",
            "Accueil de jour",
            "PPA",
            "Projet Personnalisé d'Accompagnement",
            false,
            1.5),
    MAS(
            "255",
            "Maison d'accueil spécialisée (MAS)",
            "MAS",
            Public.PH,
            20,
            65,
            0.45,
            "hebergement-permanent",
            "Hébergement permanent",
            "PPA",
            "Projet Personnalisé d'Accompagnement",
            false,
            1.0),
    ESAT(
            "246",
            "Etablissement et service d'aide par le travail (ESAT)",
            "ESAT",
            Public.PH,
            20,
            60,
            0.40,
            "accueil-de-jour",
            "Accueil de jour",
            "PI",
            "Projet Individuel",
            false,
            1.5),
    SSIAD(
            "354",
            "Service de soins infirmiers à domicile (SSIAD)",
            "SSIAD",
            Public.PA,
            65,
            99,
            0.62,
            "accompagnement-a-domicile",
            "Accompagnement à domicile",
            "PP",
            "Projet Personnalisé",
            true,
            2.0),
    SAAD(
            "460",
            "Service autonomie aide (SAA)",
            "SAAD Aide et présence",
            Public.PA,
            60,
            100,
            0.70,
            "accompagnement-a-domicile",
            "Accompagnement à domicile",
            "PA",
            "Projet d'Accompagnement",
            true,
            4.5);

    /** Who the establishment accompanies: personnes âgées, adultes handicapés, enfants. */
    public enum Public {
        PA,
        PH,
        ENF
    }

    private final String finessCode;
    private final String finessLabel;
    private final String namePrefix;
    private final Public people;
    private final int minAge;
    private final int maxAge;
    private final double womenShare;
    private final String temporalite;
    private final String temporaliteLabel;
    private final String projetCode;
    private final String projetLabel;
    private final boolean atHome;
    private final double sizeWeight;

    Category(
            String finessCode,
            String finessLabel,
            String namePrefix,
            Public people,
            int minAge,
            int maxAge,
            double womenShare,
            String temporalite,
            String temporaliteLabel,
            String projetCode,
            String projetLabel,
            boolean atHome,
            double sizeWeight) {
        this.finessCode = finessCode;
        this.finessLabel = finessLabel;
        this.namePrefix = namePrefix;
        this.people = people;
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.womenShare = womenShare;
        this.temporalite = temporalite;
        this.temporaliteLabel = temporaliteLabel;
        this.projetCode = projetCode;
        this.projetLabel = projetLabel;
        this.atHome = atHome;
        this.sizeWeight = sizeWeight;
    }

    public String finessCode() {
        return finessCode;
    }

    public String finessLabel() {
        return finessLabel;
    }

    public String namePrefix() {
        return namePrefix;
    }

    public Public people() {
        return people;
    }

    /** Youngest age of the usagers accompanied (years). */
    public int minAge() {
        return minAge;
    }

    /** Oldest age (inclusive). */
    public int maxAge() {
        return maxAge;
    }

    public double womenShare() {
        return womenShare;
    }

    public String temporalite() {
        return temporalite;
    }

    public String temporaliteLabel() {
        return temporaliteLabel;
    }

    /** TRE_R390 code of the projet personnalisé. */
    public String projetCode() {
        return projetCode;
    }

    public String projetLabel() {
        return projetLabel;
    }

    /** Services at home (SSIAD, SAAD) rather than places in an establishment. */
    public boolean atHome() {
        return atHome;
    }

    /** Relative number of people accompanied, for the large sizes. */
    public double sizeWeight() {
        return sizeWeight;
    }

    /** Medicalised: medical team, prescriptions, vital signs. */
    public boolean medicalised() {
        return this == EHPAD || this == MAS || this == SSIAD;
    }

    /** Autonomy evaluated with the AGGIR grid (elderly people). */
    public boolean aggir() {
        return people == Public.PA;
    }

    /** Admission on an MDPH orientation decision (disability). */
    public boolean mdphOrientation() {
        return people != Public.PA;
    }
}

package uk.ppo.scoring.ogrs;

/** OGRS3 offence groups of the current offence, with their published weights (Howard et al., 2009). */
public enum OffenceGroup {
    VIOLENCE(0),
    ROBBERY(-0.6348),
    PUBLIC_ORDER(0.1819),
    SEXUAL_NOT_CHILD(0.0328),
    SEXUAL_CHILD(-0.6534),
    SOLICITING_PROSTITUTION(0.7606),
    BURGLARY_DOMESTIC(-0.1239),
    BURGLARY_OTHER(0.2406),
    CRIMINAL_DAMAGE(0.205),
    DRUG_POSSESSION_SUPPLY(0.0772),
    THEFT_NON_MOTOR(0.6612),
    THEFT_FROM_VEHICLE(0.4272),
    TAKING_DRIVING_AWAY(0.3801),
    HANDLING_STOLEN_GOODS(0.3519),
    FRAUD_FORGERY(0.1599),
    ABSCONDING_BAIL(0.7334),
    OTHER_MOTORING(0.2622),
    DRINK_DRIVING(-0.1214),
    DRUG_IMPORT_EXPORT_PRODUCTION(-0.7956),
    OTHER(-0.0607);

    private final double weight;

    OffenceGroup(double weight) {
        this.weight = weight;
    }

    double weight() {
        return weight;
    }
}

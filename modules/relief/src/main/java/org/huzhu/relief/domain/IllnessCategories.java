package org.huzhu.relief.domain;

import java.util.List;

/**
 * The 30 major-illness categories (重大疾病) the relief fund helps with when a tenant sets none of its own: the
 * list district unions use, as codes (words in relief.illness.* of the i18n files).
 */
public final class IllnessCategories {

    public static final List<String> DEFAULTS = List.of("MALIGNANT_TUMOUR", "ACUTE_MYOCARDIAL_INFARCTION", "STROKE",
            "CORONARY_BYPASS", "HEART_VALVE_SURGERY", "AORTIC_SURGERY", "END_STAGE_RENAL_DISEASE",
            "MAJOR_ORGAN_TRANSPLANT", "END_STAGE_LIVER_DISEASE", "END_STAGE_LUNG_DISEASE", "APLASTIC_ANAEMIA",
            "LEUKAEMIA", "SEVERE_BURNS", "BENIGN_BRAIN_TUMOUR", "PARALYSIS", "COMA", "BLINDNESS", "DEAFNESS",
            "LOSS_OF_SPEECH", "LOSS_OF_LIMBS", "MOTOR_NEURONE_DISEASE", "PARKINSONS_DISEASE", "ALZHEIMERS_DISEASE",
            "MULTIPLE_SCLEROSIS", "SYSTEMIC_LUPUS", "SEVERE_HEAD_INJURY", "ENCEPHALITIS_SEQUELAE",
            "PULMONARY_HYPERTENSION", "HAEMOPHILIA", "SEVERE_MENTAL_ILLNESS");

    private IllnessCategories() {
    }
}

// Systèmes de codes propres au DUI (canonique https://dui-libre.fr/fhir), utilisés lorsqu'aucune terminologie
// ANS ne couvre le besoin. Codes en minuscules avec tirets ; ils ne changent pas de sens une fois publiés.

// ---------------------------------------------------------------------------------------------------------
// Séjour : mode d'entrée, mode de sortie, temporalité d'accueil
// ---------------------------------------------------------------------------------------------------------

CodeSystem: DuiCsModeEntree
Id: dui-mode-entree
Title: "Mode d'entrée dans un séjour"
Description: "Provenance de l'usager lors de son entrée dans un séjour en ESSMS. Aucune terminologie ANS ne couvre ce besoin : le guide ANS TDDUI ne transmet le mode d'entrée que sous forme de libellé (extension tddui-entry-mode-label)."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #domicile "Domicile" "L'usager vivait à son domicile sans aide organisée."
* #domicile-avec-aide "Domicile avec aides" "L'usager vivait à son domicile avec des aides organisées (service à domicile, SSIAD, aidants, etc.)."
* #hospitalisation "Hospitalisation" "L'usager arrive d'un établissement de santé (court séjour, soins médicaux et de réadaptation, psychiatrie, HAD)."
* #autre-essms "Autre ESSMS" "L'usager arrive d'un autre établissement ou service social ou médico-social, relevant d'un autre organisme gestionnaire."
* #essms-meme-og "ESSMS du même organisme gestionnaire" "Transfert interne : l'usager arrive d'un autre établissement ou service du même organisme gestionnaire."
* #accueil-familial "Accueil familial" "L'usager vivait chez un accueillant familial ou un assistant familial."
* #sans-domicile "Sans domicile" "L'usager n'avait pas de domicile stable (rue, hébergement d'urgence, hébergement précaire)."
* #autre "Autre" "Autre provenance, à préciser en texte libre."

CodeSystem: DuiCsModeSortie
Id: dui-mode-sortie
Title: "Mode de sortie d'un séjour"
Description: "Motif ou destination de l'usager à la fin d'un séjour en ESSMS. Aucune terminologie ANS ne couvre ce besoin : le guide ANS TDDUI ne transmet le mode de sortie que sous forme de libellé (extension tddui-exit-mode-label)."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #retour-domicile "Retour à domicile" "L'usager retourne vivre à son domicile."
* #deces "Décès" "Le séjour prend fin par le décès de l'usager."
* #hospitalisation-prolongee "Hospitalisation prolongée" "Le séjour prend fin en raison d'une hospitalisation de longue durée."
* #transfert-autre-essms "Transfert vers un autre ESSMS" "L'usager rejoint un établissement ou service relevant d'un autre organisme gestionnaire."
* #transfert-meme-og "Transfert au sein du même organisme gestionnaire" "Transfert interne vers un autre établissement ou service du même organisme gestionnaire."
* #fin-de-prise-en-charge "Fin de prise en charge" "La prise en charge s'achève (objectifs atteints, fin de la notification, limite d'âge, etc.)."
* #demenagement "Déménagement" "L'usager quitte le territoire desservi par l'établissement ou le service."
* #rupture-contrat "Rupture du contrat" "Le contrat de séjour ou le document individuel de prise en charge est résilié par l'une des parties."
* #autre "Autre" "Autre mode de sortie, à préciser en texte libre."

CodeSystem: DuiCsTemporaliteAccueil
Id: dui-temporalite-accueil
Title: "Temporalité de l'accueil"
Description: "Rythme et durée de l'accueil ou de l'accompagnement de l'usager dans le séjour. Le jeu de valeurs ANS JDV_J30-TemporaliteAccueil-ROR couvre un besoin voisin, mais son contenu n'a pas pu être repris hors ligne."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #hebergement-permanent "Hébergement permanent" "Accueil avec hébergement, sans limitation de durée."
* #hebergement-temporaire "Hébergement temporaire" "Accueil avec hébergement pour une durée limitée (répit, sortie d'hospitalisation, urgence)."
* #accueil-de-jour "Accueil de jour" "Accueil en journée, sans hébergement."
* #accueil-de-nuit "Accueil de nuit" "Accueil de nuit uniquement."
* #accueil-sequentiel "Accueil séquentiel" "Accueil alterné ou par périodes régulières (quelques jours par semaine ou par mois)."
* #accompagnement-a-domicile "Accompagnement à domicile" "Accompagnement ou soins délivrés au domicile de l'usager."

// ---------------------------------------------------------------------------------------------------------
// Présence et absence de l'usager
// ---------------------------------------------------------------------------------------------------------

CodeSystem: DuiCsTypePresence
Id: dui-type-presence
Title: "Type de présence de l'usager"
Description: "Nature d'une période de présence ou d'absence de l'usager dans l'établissement ou le service."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #presence "Présence" "L'usager est présent."
* #absence "Absence" "L'usager est absent, sans que cette absence ait été prévue."
* #absence-prevue "Absence prévue" "L'usager est absent et cette absence était prévue à l'avance (vacances, séjour en famille, hospitalisation programmée)."

CodeSystem: DuiCsMotifAbsence
Id: dui-motif-absence
Title: "Motif d'absence de l'usager"
Description: "Motif détaillé d'une absence de l'usager. Complète les deux motifs de la terminologie ANS TRE_R424 (hospitalisation, raisons personnelles), à l'état de projet."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #hospitalisation "Hospitalisation" "Absence pour une hospitalisation, complète ou partielle."
* #consultation-exterieure "Consultation extérieure" "Absence pour une consultation ou un examen hors de l'établissement."
* #sejour-famille "Séjour en famille" "Absence pour un séjour chez un proche ou un retour en famille."
* #vacances "Vacances" "Absence pour des vacances ou un séjour de loisirs."
* #convenance-personnelle "Convenance personnelle" "Absence pour des raisons personnelles, sans autre précision."
* #maladie "Maladie" "Absence pour maladie, sans hospitalisation."
* #fugue "Fugue" "Départ de l'usager à l'insu de l'équipe, avec mise en danger possible."
* #sortie-non-autorisee "Sortie non autorisée" "Sortie de l'usager sans l'autorisation requise."
* #autre "Autre" "Autre motif, à préciser en texte libre."

// ---------------------------------------------------------------------------------------------------------
// Transmissions ciblées et état de l'usager pour le DLU
// ---------------------------------------------------------------------------------------------------------

CodeSystem: DuiCsCibleTransmission
Id: dui-cible-transmission
Title: "Cible d'une transmission ciblée"
Description: "Cible (thème) d'une transmission ciblée de l'équipe (méthode cible / données / actions / résultats). Aucune terminologie ANS ne couvre ce besoin."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #douleur "Douleur" "Douleur exprimée ou observée, son évaluation et sa prise en charge."
* #sommeil "Sommeil" "Qualité du sommeil, veille, agitation nocturne."
* #alimentation "Alimentation" "Prise alimentaire, appétit, régime, aide au repas."
* #hydratation "Hydratation" "Apports hydriques, signes de déshydratation."
* #elimination "Élimination" "Élimination urinaire et fécale, continence, transit."
* #chute "Chute" "Chute survenue ou risque de chute."
* #comportement "Comportement" "Troubles du comportement, agitation, opposition, agressivité."
* #humeur-anxiete "Humeur et anxiété" "Humeur, tristesse, anxiété, état émotionnel."
* #hygiene "Hygiène" "Toilette, soins d'hygiène, habillage."
* #mobilite "Mobilité" "Déplacements, transferts, installation, aides techniques."
* #peau-escarre "Peau et escarre" "État cutané, plaies, escarre, prévention."
* #respiration "Respiration" "Fonction respiratoire, encombrement, oxygénothérapie."
* #constantes "Constantes" "Mesure ou anomalie des constantes (tension, pouls, température, poids, glycémie)."
* #traitement "Traitement" "Prise des médicaments, effets indésirables, refus de traitement."
* #relation-famille "Relation avec l'entourage" "Relations et échanges avec la famille et les proches."
* #vie-sociale-activites "Vie sociale et activités" "Participation aux activités, vie sociale, loisirs."
* #projet-personnalise "Projet personnalisé" "Suivi des objectifs et des actions du projet personnalisé."
* #administratif "Administratif" "Information administrative (droits, documents, rendez-vous)."
* #autre "Autre" "Autre cible, à préciser en texte libre."

CodeSystem: DuiCsEtatPatientDlu
Id: dui-etat-patient-dlu
Title: "État de l'usager (DLU)"
Description: "Éléments de l'état de santé, de l'autonomie et des appareillages de l'usager à renseigner dans le document de liaison d'urgence (DLU), d'après le modèle HAS-ANESM de 2015. Aucun code ANS correspondant n'a été trouvé (la terminologie CI-SIS ne couvre que la check-list des pièces annexées au DLU)."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #desorientation "Désorientation" "Désorientation dans le temps ou dans l'espace."
* #troubles-memoire "Troubles de la mémoire" "Troubles mnésiques ou troubles cognitifs."
* #troubles-comportement "Troubles du comportement" "Agitation, agressivité, opposition ou autres troubles du comportement."
* #chutes-repetees "Chutes répétées" "Antécédents de chutes répétées."
* #deambulation-fugue "Déambulation ou risque de fugue" "Déambulation, errance ou risque de fugue."
* #risque-escarre "Risque d'escarre" "Risque d'escarre identifié."
* #escarre "Escarre" "Escarre constituée."
* #troubles-deglutition "Troubles de la déglutition" "Troubles de la déglutition, risque de fausse route."
* #denutrition "Dénutrition" "Dénutrition ou risque de dénutrition."
* #incontinence "Incontinence" "Incontinence urinaire ou fécale."
* #troubles-vision "Troubles de la vision" "Déficience visuelle."
* #troubles-audition "Troubles de l'audition" "Déficience auditive."
* #troubles-elocution "Troubles de l'élocution" "Difficultés d'expression orale, aphasie."
* #appareillage-dentaire "Appareillage dentaire" "Porteur d'une prothèse dentaire."
* #appareillage-auditif "Appareillage auditif" "Porteur d'un appareil auditif."
* #lunettes "Lunettes" "Porteur de lunettes."
* #oxygenotherapie "Oxygénothérapie" "Sous oxygénothérapie."
* #contention "Contention" "Mesure de contention physique prescrite."
* #porteur-bmr "Porteur de BMR" "Porteur d'une bactérie multi-résistante."
* #fin-de-vie-soins-palliatifs "Fin de vie ou soins palliatifs" "Usager en soins palliatifs : les soins de confort sont à privilégier."
* #directives-anticipees "Directives anticipées" "L'usager a rédigé des directives anticipées."

// ---------------------------------------------------------------------------------------------------------
// Droits, prestations et décisions d'orientation
// ---------------------------------------------------------------------------------------------------------

CodeSystem: DuiCsTypePrestationSociale
Id: dui-type-prestation-sociale
Title: "Type de prestation sociale"
Description: "Prestations et aides sociales dont bénéficie l'usager, notamment celles qui ne relèvent pas d'une décision de la CDAPH (APA, aide sociale à l'hébergement…) et ne sont donc pas couvertes par la terminologie ANS TRE_R420. Pour un droit attribué par la CDAPH (AAH, PCH, AEEH…), préférer le code TRE_R420 correspondant."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #apa-domicile "Allocation personnalisée d'autonomie à domicile (APA)" "APA versée par le département pour financer un plan d'aide à domicile."
* #apa-etablissement "Allocation personnalisée d'autonomie en établissement (APA)" "APA versée par le département pour financer le tarif dépendance en établissement."
* #pch "Prestation de compensation du handicap (PCH)" "Prestation de compensation du handicap. Préférer TRE_R420 code 5 lorsque la décision de la CDAPH est connue."
* #aah "Allocation aux adultes handicapés (AAH)" "Allocation aux adultes handicapés. Préférer TRE_R420 code 1 lorsque la décision de la CDAPH est connue."
* #aeeh "Allocation d'éducation de l'enfant handicapé (AEEH)" "Allocation d'éducation de l'enfant handicapé. Préférer TRE_R420 code 6 lorsque la décision de la CDAPH est connue."
* #ash-aide-sociale-hebergement "Aide sociale à l'hébergement (ASH)" "Prise en charge par le département de tout ou partie des frais d'hébergement."
* #aide-menagere "Aide ménagère au titre de l'aide sociale" "Heures d'aide ménagère financées par l'aide sociale ou une caisse de retraite."
* #apl-als "Aide au logement (APL ou ALS)" "Aide personnalisée au logement ou allocation de logement sociale."
* #complementaire-sante-solidaire "Complémentaire santé solidaire (C2S)" "Complémentaire santé solidaire, avec ou sans participation financière."
* #pension-invalidite "Pension d'invalidité" "Pension d'invalidité versée par l'assurance maladie."
* #autre "Autre prestation" "Autre prestation ou aide, à préciser en texte libre."

CodeSystem: DuiCsTypeDecisionOrientation
Id: dui-type-decision-orientation
Title: "Type de décision d'orientation"
Description: "Type de décision d'orientation de la CDAPH concernant l'usager. Les quatre premiers codes ont un équivalent dans la terminologie ANS TRE_R420, qui est à préférer (jeu de valeurs dui-vs-decision-mdph) ; ce système de codes ne sert qu'au code « autre » et à la correspondance."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #orientation-essms-enfants "Orientation vers un ESMS pour enfants" "Équivalent de TRE_R420 code 7 (à préférer)."
* #orientation-essms-adultes "Orientation vers un ESMS pour adultes" "Équivalent de TRE_R420 code 13 (à préférer)."
* #orientation-pcpe "Orientation vers un PCPE" "Orientation vers un pôle de compétences et de prestations externalisées. Équivalent de TRE_R420 code 14 (à préférer)."
* #rqth "Reconnaissance de la qualité de travailleur handicapé (RQTH)" "Équivalent de TRE_R420 code 12 (à préférer)."
* #autre "Autre décision" "Autre décision d'orientation, à préciser en texte libre."

// ---------------------------------------------------------------------------------------------------------
// Médicament : validation pharmaceutique et non-administration
// ---------------------------------------------------------------------------------------------------------

CodeSystem: DuiCsStatutValidationPharmaceutique
Id: dui-statut-validation-pharmaceutique
Title: "Statut de la validation pharmaceutique"
Description: "Résultat de l'analyse pharmaceutique d'une prescription par le pharmacien (pharmacie à usage intérieur ou officine référente)."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #a-valider "À valider" "La prescription n'a pas encore été analysée par le pharmacien."
* #validee "Validée" "La prescription a été validée sans réserve."
* #validee-avec-reserve "Validée avec réserve" "La prescription a été validée, avec une intervention ou une remarque du pharmacien."
* #refusee "Refusée" "La prescription n'a pas été validée par le pharmacien."

CodeSystem: DuiCsMotifNonAdministration
Id: dui-motif-non-administration
Title: "Motif de non-administration d'un médicament"
Description: "Motif pour lequel une prise de médicament prévue n'a pas été administrée à l'usager."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #refus-usager "Refus de l'usager" "L'usager a refusé la prise."
* #usager-absent "Usager absent" "L'usager n'était pas présent au moment de la prise."
* #usager-hospitalise "Usager hospitalisé" "L'usager est hospitalisé."
* #a-jeun "Usager à jeun" "L'usager devait rester à jeun (examen, intervention)."
* #troubles-deglutition "Troubles de la déglutition" "La prise était impossible en raison de troubles de la déglutition."
* #nausees-vomissements "Nausées ou vomissements" "La prise n'a pas été possible ou n'a pas été gardée."
* #rupture-stock "Rupture de stock" "Le médicament n'était pas disponible."
* #contre-indication-medicale "Contre-indication médicale" "La prise a été suspendue sur avis médical."
* #erreur-preparation "Erreur de préparation" "La préparation du médicament était erronée ; la prise n'a pas été donnée."
* #autre "Autre" "Autre motif, à préciser en texte libre."

// ---------------------------------------------------------------------------------------------------------
// Contrats, consentements et documents
// ---------------------------------------------------------------------------------------------------------

CodeSystem: DuiCsTypeContrat
Id: dui-type-contrat
Title: "Type de contrat ou de document contractuel"
Description: "Documents contractuels qui encadrent l'accueil ou l'accompagnement de l'usager (article L. 311-4 du code de l'action sociale et des familles)."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #dipec "Document individuel de prise en charge (DIPC)" "Document individuel de prise en charge, lorsque la conclusion d'un contrat de séjour n'est pas requise."
* #contrat-sejour "Contrat de séjour" "Contrat de séjour conclu entre l'usager (ou son représentant) et l'établissement."
* #contrat-prestations "Contrat de prestations" "Contrat de prestations d'un service intervenant à domicile."
* #avenant "Avenant" "Avenant à un contrat de séjour, à un contrat de prestations ou à un document individuel de prise en charge."
* #reglement-fonctionnement-accuse "Accusé de réception du règlement de fonctionnement" "Attestation de remise du règlement de fonctionnement et du livret d'accueil à l'usager."

CodeSystem: DuiCsTypeConsentement
Id: dui-type-consentement
Title: "Objet du consentement de l'usager"
Description: "Objet d'un consentement (ou d'une opposition) recueilli auprès de l'usager ou de son représentant."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #partage-informations-equipe "Partage d'informations au sein de l'équipe" "Échange et partage d'informations entre les professionnels de l'équipe de prise en charge."
* #partage-hors-etablissement "Partage d'informations hors de l'établissement" "Échange d'informations avec des professionnels extérieurs à l'établissement ou au service."
* #alimentation-dmp "Alimentation du DMP" "Dépôt de documents dans le dossier médical partagé (Mon espace santé)."
* #consultation-dmp "Consultation du DMP" "Consultation du dossier médical partagé par les professionnels habilités."
* #messagerie-mssante "Échanges par messagerie MSSanté" "Échanges d'informations par messagerie sécurisée de santé, y compris avec l'usager."
* #droit-image "Droit à l'image" "Prise et diffusion de photographies ou de vidéos de l'usager."
* #acces-personne-confiance "Accès de la personne de confiance" "Accès de la personne de confiance aux informations concernant l'usager."
* #projet-personnalise "Projet personnalisé" "Accord de l'usager sur son projet personnalisé."
* #recherche "Participation à la recherche" "Utilisation des données ou participation à une recherche."

CodeSystem: DuiCsTypeDocument
Id: dui-type-document
Title: "Type de document du dossier de l'usager"
Description: "Type des documents (pièces jointes) conservés dans le dossier de l'usager."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #fiche-synthese "Fiche de synthèse" "Fiche de synthèse de la situation de l'usager."
* #dlu "Document de liaison d'urgence (DLU)" "Document de liaison d'urgence, synthèse médicale tenue à jour en dehors de l'urgence."
* #fludt "Fiche de liaison d'urgence - document de transfert (FLUDT)" "Volet de la fiche de liaison d'urgence rempli par l'établissement lors d'un transfert vers les urgences."
* #fludr "Fiche de liaison d'urgence - document de retour (FLUDR)" "Volet de la fiche de liaison d'urgence rempli par le service des urgences lors du retour de l'usager."
* #projet-personnalise "Projet personnalisé" "Projet personnalisé de l'usager."
* #dipec "Document individuel de prise en charge" "Document individuel de prise en charge (DIPC)."
* #contrat-sejour "Contrat de séjour" "Contrat de séjour ou ses avenants."
* #notification-mdph "Notification de décision MDPH" "Notification d'une décision de la CDAPH (orientation, droits, prestations)."
* #evaluation "Évaluation" "Grille ou compte rendu d'évaluation (AGGIR, autonomie, besoins)."
* #compte-rendu "Compte rendu" "Compte rendu (consultation, hospitalisation, réunion, synthèse)."
* #ordonnance "Ordonnance" "Prescription médicale."
* #piece-identite "Pièce d'identité" "Copie d'une pièce d'identité de l'usager."
* #attestation-droits "Attestation de droits" "Attestation de droits (assurance maladie, complémentaire santé, aides sociales)."
* #courrier "Courrier" "Courrier reçu ou envoyé."
* #photo "Photographie" "Photographie de l'usager."
* #autre "Autre document" "Autre type de document."

// ---------------------------------------------------------------------------------------------------------
// Agenda, communications, demandes et observations
// ---------------------------------------------------------------------------------------------------------

CodeSystem: DuiCsTypeEvenement
Id: dui-type-evenement
Title: "Type d'événement de l'agenda"
Description: "Type d'un événement de l'agenda de l'usager ou de la structure. Complète les types d'intervention SSIAD de la terminologie CI-SIS (jdv-type-evenement-ssiad-cisis)."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #activite-collective "Activité collective" "Activité organisée pour un groupe d'usagers."
* #atelier "Atelier" "Atelier thérapeutique, éducatif ou de loisirs."
* #sortie "Sortie" "Sortie organisée hors de l'établissement."
* #rendez-vous-medical "Rendez-vous médical" "Consultation ou examen médical."
* #visite-proches "Visite de proches" "Visite de la famille ou des proches."
* #intervention-domicile "Intervention à domicile" "Intervention d'un professionnel au domicile de l'usager."
* #soins "Soins" "Soins techniques ou de confort."
* #toilette "Toilette" "Aide à la toilette."
* #repas "Repas" "Repas ou aide au repas."
* #reunion-equipe "Réunion d'équipe" "Réunion de l'équipe (synthèse, transmissions, coordination)."
* #entretien "Entretien" "Entretien avec l'usager ou son entourage."
* #transport "Transport" "Transport de l'usager."
* #premier-contact "Premier contact" "Premier contact avec l'usager ou son entourage, avant l'admission."
* #visite-pre-admission "Visite de pré-admission" "Visite de l'établissement ou entretien avant l'admission."
* #autre "Autre événement" "Autre type d'événement, à préciser en texte libre."

CodeSystem: DuiCsCategorieCommunication
Id: dui-categorie-communication
Title: "Catégorie de communication"
Description: "Catégorie d'un message ou d'une communication enregistrée dans le dossier de l'usager."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #information-usager "Information à l'usager" "Information destinée à l'usager ou à son entourage."
* #information-professionnel "Information entre professionnels" "Information échangée entre professionnels de la structure."
* #echange-partenaire "Échange avec un partenaire" "Échange avec un partenaire extérieur (établissement de santé, service, administration)."
* #message-mssante "Message MSSanté" "Message envoyé ou reçu par messagerie sécurisée de santé."
* #rappel "Rappel" "Rappel ou alerte programmée."

CodeSystem: DuiCsOrigineDemande
Id: dui-origine-demande
Title: "Origine de la demande d'admission"
Description: "Personne ou organisme à l'origine d'une demande d'admission ou d'accompagnement. Le guide ANS TDDUI ne la transmet qu'en texte libre."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #famille "Famille ou entourage" "Demande faite par un proche de l'usager."
* #usager "Usager" "Demande faite par l'usager lui-même."
* #hopital "Établissement de santé" "Demande faite par un établissement de santé (service social, équipe de sortie)."
* #mdph-orientation "Orientation MDPH" "Demande consécutive à une décision d'orientation de la CDAPH."
* #viatrajectoire "ViaTrajectoire" "Demande reçue par la plateforme ViaTrajectoire."
* #medecin-traitant "Médecin traitant" "Demande faite par le médecin traitant."
* #services-sociaux "Services sociaux" "Demande faite par un service social (département, CCAS, etc.)."
* #autre-essms "Autre ESSMS" "Demande faite par un autre établissement ou service social ou médico-social."
* #autre "Autre" "Autre origine, à préciser en texte libre."

CodeSystem: DuiCsCategorieObservation
Id: dui-categorie-observation
Title: "Catégorie d'observation du DUI"
Description: "Catégorie des observations enregistrées dans le dossier de l'usager, en complément des catégories HL7 (observation-category)."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #transmission "Transmission" "Transmission de l'équipe (transmission ciblée ou narrative)."
* #evaluation-score "Évaluation ou score" "Résultat d'une évaluation ou d'une échelle (GIR, douleur, risque de chute, etc.)."
* #observation-medicale "Observation médicale" "Observation rédigée par un médecin."
* #dlu "Dossier de liaison d'urgence" "Élément de l'état de l'usager renseigné pour le document de liaison d'urgence."

// Scénario 1 : Jeanne Dupont, résidente de l'EHPAD, GIR 2, avec son projet personnalisé, les données du DLU et une
// personne de confiance.

Instance: usager-jeanne-dupont
InstanceOf: DuiUsagerIns
Title: "Jeanne Dupont, résidente de l'EHPAD (identité qualifiée)"
Usage: #example
* extension[identityReliability].extension[identityStatus].valueCoding = $fr-core-cs-v2-0445#VALI "Identité validée"
* extension[identityReliability].extension[methodCollection].valueCoding = $fr-core-cs-method-collection#INSI "Téléservice INSI"
* extension[identityReliability].extension[dateCollection].valueDate = "2024-02-20"
* extension[identityReliability].extension[validationMode].valueCoding = $fr-core-cs-mode-validation#CN "Carte nationale d'identité"
* extension[identityReliability].extension[validationDate].valueDate = "2024-02-20"
* extension[birthPlace].valueAddress.city = "Lyon"
* extension[birthPlace].valueAddress.extension[inseeCode].valueCoding = $tre-r13#69123 "Lyon"
* identifier[PI].system = $id-usager
* identifier[PI].value = "3690012346/000123"
* identifier[INS-NIR-TEST].use = #official
* identifier[INS-NIR-TEST].type = $fr-core-cs-v2-0203#INS-NIR-TEST
* identifier[INS-NIR-TEST].system = $ins-nir-test
* identifier[INS-NIR-TEST].value = "238056912304586"
* name[officialName].use = #official
* name[officialName].family = "DUPONT"
* name[officialName].given = "Jeanne"
* name[officialName].extension[birth-list-given-name].valueString = "Jeanne Marie Louise"
* name[usualName].use = #usual
* name[usualName].family = "DUPONT"
* name[usualName].given = "Jeanne"
* gender = #female
* birthDate = "1938-05-14"
* address.line = "12 rue des Tilleuls, chambre 12"
* address.city = "Lyon"
* address.postalCode = "69003"

Instance: entourage-marie-lefevre
InstanceOf: DuiEntourage
Title: "Marie Lefèvre, fille et personne de confiance de Jeanne"
Usage: #example
* identifier.system = $id-entourage
* identifier.value = "3690012346/000123-ENT-1"
* patient = Reference(usager-jeanne-dupont)
* relationship[Role] = $TRE-R260#NOK "personne de confiance"
* relationship[RelationType] = $TRE-R216#DAUC "Fille"
* name.family = "LEFÈVRE"
* name.given = "Marie"
* telecom.system = #phone
* telecom.value = "06 12 34 56 78"
* period.start = "2024-03-01"

Instance: entourage-pierre-dupont
InstanceOf: DuiEntourage
Title: "Pierre Dupont, fils de Jeanne, personne à prévenir"
Usage: #example
* identifier.system = $id-entourage
* identifier.value = "3690012346/000123-ENT-2"
* patient = Reference(usager-jeanne-dupont)
* relationship[Role] = $TRE-R260#ECON "personne à prévenir en cas d'urgence"
* relationship[RelationType] = $TRE-R216#SONC "Fils"
* name.family = "DUPONT"
* name.given = "Pierre"
* telecom.system = #phone
* telecom.value = "06 98 76 54 32"

Instance: sejour-jeanne-ehpad
InstanceOf: DuiSejour
Title: "Séjour de Jeanne à l'EHPAD"
Usage: #example
* identifier[idSejour].system = $id-sejour
* identifier[idSejour].value = "3690012346/000123-SEJOUR-1"
* status = #in-progress
* class = $v3-ActCode#HH
* subject = Reference(usager-jeanne-dupont)
* serviceProvider = Reference(etab-ehpad-tilleuls)
* period.start = "2024-03-01"
* hospitalization.admitSource = $dui-mode-entree#domicile-avec-aide "Domicile avec aides"
* extension[dateAdmission].valueDate = "2024-02-15"
* extension[temporalite].valueCodeableConcept = $dui-temporalite-accueil#hebergement-permanent "Hébergement permanent"

Instance: aggir-jeanne-2024
InstanceOf: DuiEvaluation
Title: "Grille AGGIR de Jeanne (GIR 2)"
Usage: #example
* questionnaire = "https://dui-libre.fr/fhir/Questionnaire/dui-aggir"
* status = #completed
* subject = Reference(usager-jeanne-dupont)
* encounter = Reference(sejour-jeanne-ehpad)
* authored = "2024-03-10T10:00:00+01:00"
* author = Reference(role-dr-martin-ehpad)
* insert AggirReponses(B, B, B, B, C, C, B, B, B, C, B, C, C, B, B, C, C, C, C, C, C, C, C, B, MED-340, [[GIR-2]])

Instance: gir-jeanne-2024
InstanceOf: DuiGir
Title: "GIR de Jeanne : GIR 2"
Usage: #example
* status = #final
* subject = Reference(usager-jeanne-dupont)
* effectiveDateTime = "2024-03-10T10:00:00+01:00"
* performer = Reference(role-dr-martin-ehpad)
* valueCodeableConcept = $cisis#MED-340 "GIR-2"
* derivedFrom = Reference(aggir-jeanne-2024)

Instance: pp-jeanne
InstanceOf: DuiProjetPersonnalise
Title: "Projet personnalisé de Jeanne"
Usage: #example
* status = #active
* category = $TRE-R390#PP "Projet Personnalisé"
* title = "Vivre sereinement à la résidence en gardant le lien avec ma famille"
* description = "Mme Dupont souhaite garder ses habitudes (lever tardif, lecture du journal) et voir sa famille chaque semaine."
* subject = Reference(usager-jeanne-dupont)
* period.start = "2024-04-01"
* author = Reference(role-dr-martin-ehpad)
* goal[0] = Reference(attente-jeanne-famille)
* goal[+] = Reference(objectif-jeanne-chutes)
* activity.reference = Reference(action-jeanne-marche)
* supportingInfo = Reference(consent-jeanne-pp)
* extension[dateRevision].valueDate = "2025-04-01"

Instance: attente-jeanne-famille
InstanceOf: DuiAttente
Title: "Attente : voir sa famille chaque semaine"
Usage: #example
* lifecycleStatus = #active
* description.text = "Voir ma fille et mes petits-enfants chaque semaine."
* subject = Reference(usager-jeanne-dupont)
* expressedBy = Reference(usager-jeanne-dupont)
* extension[projet].valueReference = Reference(pp-jeanne)

Instance: objectif-jeanne-chutes
InstanceOf: DuiObjectif
Title: "Objectif : prévenir les chutes"
Usage: #example
* lifecycleStatus = #active
* description.text = "Garder la marche avec déambulateur et éviter les chutes."
* subject = Reference(usager-jeanne-dupont)
* startDate = "2024-04-01"
* target.measure.text = "Nombre de chutes"
* target.detailString = "Aucune chute sur le semestre"
* target.dueDate = "2024-10-01"
* expressedBy = Reference(role-ide-bernard-ehpad)
* extension[projet].valueReference = Reference(pp-jeanne)

Instance: action-jeanne-marche
InstanceOf: DuiAction
Title: "Action : marche accompagnée quotidienne"
Usage: #example
* basedOn = Reference(pp-jeanne)
* status = #in-progress
* description = "Marche accompagnée de 15 minutes chaque après-midi dans le jardin."
* for = Reference(usager-jeanne-dupont)
* owner = Reference(role-as-benali-ehpad)
* executionPeriod.start = "2024-04-01"
* reasonReference = Reference(objectif-jeanne-chutes)

Instance: consent-jeanne-pp
InstanceOf: DuiConsentement
Title: "Accord de Jeanne sur son projet personnalisé"
Usage: #example
* status = #active
* scope = $consentscope#treatment
* category[duiType] = $dui-type-consentement#projet-personnalise "Projet personnalisé"
* patient = Reference(usager-jeanne-dupont)
* dateTime = "2024-04-01T15:00:00+02:00"
* performer = Reference(usager-jeanne-dupont)
* organization = Reference(etab-ehpad-tilleuls)
* policyRule = $v3-ActCode#OPTIN
* provision.type = #permit

Instance: consent-jeanne-image
InstanceOf: DuiConsentement
Title: "Opposition de Jeanne au droit à l'image"
Usage: #example
* status = #active
* scope = $consentscope#patient-privacy
* category[duiType] = $dui-type-consentement#droit-image "Droit à l'image"
* patient = Reference(usager-jeanne-dupont)
* dateTime = "2024-03-01T10:00:00+01:00"
* performer = Reference(usager-jeanne-dupont)
* policyRule = $v3-ActCode#OPTOUT
* provision.type = #deny

Instance: dlu-jeanne-desorientation
InstanceOf: DuiObservationMedicale
Title: "DLU : désorientation"
Usage: #example
* status = #final
* category[duiCategorie] = $dui-categorie-observation#observation-medicale
* code = $dui-etat-patient-dlu#desorientation "Désorientation"
* subject = Reference(usager-jeanne-dupont)
* effectiveDateTime = "2024-03-10"
* performer = Reference(role-dr-martin-ehpad)
* valueBoolean = true
* note.text = "Désorientation temporelle, surtout en fin de journée."

Instance: dlu-jeanne-chutes
InstanceOf: DuiObservationMedicale
Title: "DLU : chutes répétées"
Usage: #example
* status = #final
* category[duiCategorie] = $dui-categorie-observation#observation-medicale
* code = $dui-etat-patient-dlu#chutes-repetees "Chutes répétées"
* subject = Reference(usager-jeanne-dupont)
* effectiveDateTime = "2024-03-10"
* performer = Reference(role-dr-martin-ehpad)
* valueBoolean = true

Instance: transmission-jeanne-douleur
InstanceOf: DuiTransmission
Title: "Transmission : douleur au genou"
Usage: #example
* status = #final
* category[transmission] = $dui-categorie-observation#transmission
* code = $dui-cible-transmission#douleur "Douleur"
* subject = Reference(usager-jeanne-dupont)
* encounter = Reference(sejour-jeanne-ehpad)
* effectiveDateTime = "2024-05-02T07:30:00+02:00"
* performer = Reference(role-as-benali-ehpad)
* component[donnees].code = $dui-observation-code#donnees
* component[donnees].valueString = "Se plaint du genou droit au lever, EVA 6."
* component[actions].code = $dui-observation-code#actions
* component[actions].valueString = "Paracétamol donné selon protocole, IDE prévenue."
* component[resultats].code = $dui-observation-code#resultats
* component[resultats].valueString = "EVA 3 à 9 h, marche possible."

Instance: ta-jeanne-2024-05-02
InstanceOf: https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-observation-bp
Title: "Tension artérielle de Jeanne"
Usage: #example
* status = #final
* category[VSCat] = http://terminology.hl7.org/CodeSystem/observation-category#vital-signs
* code = $loinc#85354-9 "Blood pressure panel with all children optional"
* subject = Reference(usager-jeanne-dupont)
* effectiveDateTime = "2024-05-02T08:00:00+02:00"
* performer = Reference(role-ide-bernard-ehpad)
* component[SystolicBP].code = $loinc#8480-6
* component[SystolicBP].valueQuantity = 135 'mm[Hg]' "mmHg"
* component[DiastolicBP].code = $loinc#8462-4
* component[DiastolicBP].valueQuantity = 80 'mm[Hg]' "mmHg"

Instance: prescription-jeanne-paracetamol
InstanceOf: DuiPrescription
Title: "Prescription : paracétamol si douleur"
Usage: #example
* status = #active
* intent = #order
* medicationCodeableConcept.text = "Paracétamol 500 mg, comprimé"
* subject = Reference(usager-jeanne-dupont)
* authoredOn = "2024-04-15"
* requester = Reference(role-dr-martin-ehpad)
* dosageInstruction.text = "1 comprimé si douleur, jusqu'à 3 fois par jour, 6 h entre deux prises"
* extension[validationPharmaceutique].extension[statut].valueCodeableConcept = $dui-statut-validation-pharmaceutique#validee "Validée"
* extension[validationPharmaceutique].extension[pharmacien].valueReference = Reference(role-pharm-lambert)
* extension[validationPharmaceutique].extension[date].valueDateTime = "2024-04-15T17:00:00+02:00"

Instance: administration-jeanne-1
InstanceOf: DuiAdministration
Title: "Paracétamol donné le 2 mai au matin"
Usage: #example
* status = #completed
* medicationCodeableConcept.text = "Paracétamol 500 mg, comprimé"
* subject = Reference(usager-jeanne-dupont)
* effectiveDateTime = "2024-05-02T07:40:00+02:00"
* performer.actor = Reference(role-ide-bernard-ehpad)
* request = Reference(prescription-jeanne-paracetamol)

Instance: administration-jeanne-2
InstanceOf: DuiAdministration
Title: "Paracétamol refusé le 2 mai au soir"
Usage: #example
* status = #not-done
* statusReason = $dui-motif-non-administration#refus-usager "Refus de l'usager"
* medicationCodeableConcept.text = "Paracétamol 500 mg, comprimé"
* subject = Reference(usager-jeanne-dupont)
* effectiveDateTime = "2024-05-02T19:00:00+02:00"
* performer.actor = Reference(role-ide-bernard-ehpad)
* request = Reference(prescription-jeanne-paracetamol)

Instance: equipe-jeanne
InstanceOf: DuiEquipe
Title: "Équipe de Jeanne"
Usage: #example
* status = #active
* name = "Équipe de prise en charge de Mme Dupont"
* subject = Reference(usager-jeanne-dupont)
* participant[0].member = Reference(role-dr-martin-ehpad)
* participant[+].member = Reference(role-ide-bernard-ehpad)
* participant[+].member = Reference(role-as-benali-ehpad)
* managingOrganization = Reference(etab-ehpad-tilleuls)

Instance: metropole-de-lyon
InstanceOf: DuiOrganisationPartenaire
Title: "Métropole de Lyon (payeur de l'APA)"
Usage: #example
* name = "Métropole de Lyon"

Instance: apa-jeanne
InstanceOf: DuiPrestationSociale
Title: "APA en établissement de Jeanne"
Usage: #example
* status = #active
* type = $dui-type-prestation-sociale#apa-etablissement "Allocation personnalisée d'autonomie en établissement (APA)"
* beneficiary = Reference(usager-jeanne-dupont)
* payor = Reference(metropole-de-lyon)
* period.start = "2024-03-01"
* period.end = "2026-02-28"
* subscriberId = "APA-69-2024-0042"

Instance: contrat-sejour-jeanne
InstanceOf: DuiContrat
Title: "Contrat de séjour de Jeanne"
Usage: #example
* status = #executed
* type = $dui-type-contrat#contrat-sejour "Contrat de séjour"
* subject = Reference(usager-jeanne-dupont)
* authority = Reference(etab-ehpad-tilleuls)
* issued = "2024-03-01T11:00:00+01:00"
* applies.start = "2024-03-01"
* title = "Contrat de séjour — hébergement permanent"
* signer[0].type = $signature-type#1.2.840.10065.1.12.1.7 "Consent Signature"
* signer[=].party = Reference(usager-jeanne-dupont)
* signer[=].signature.type = $signature-type#1.2.840.10065.1.12.1.7 "Consent Signature"
* signer[=].signature.when = "2024-03-01T11:00:00+01:00"
* signer[=].signature.who = Reference(usager-jeanne-dupont)
* signer[+].type = $signature-type#1.2.840.10065.1.12.1.1 "Author's Signature"
* signer[=].party = Reference(etab-ehpad-tilleuls)
* signer[=].signature.type = $signature-type#1.2.840.10065.1.12.1.1 "Author's Signature"
* signer[=].signature.when = "2024-03-01T11:05:00+01:00"
* signer[=].signature.who = Reference(role-dr-martin-ehpad)

Instance: doc-jeanne-synthese
InstanceOf: DuiDocument
Title: "Fiche de synthèse de Jeanne (PDF)"
Usage: #example
* status = #current
* type = $dui-type-document#fiche-synthese "Fiche de synthèse"
* subject = Reference(usager-jeanne-dupont)
* date = "2024-05-02T10:00:00+02:00"
* author = Reference(role-ide-bernard-ehpad)
* content.attachment.contentType = #application/pdf
* content.attachment.title = "Fiche de synthèse — Jeanne Dupont"
* content.attachment.data = "JVBERi0xLjQKJcfsj6IKJSVFT0YK"

Instance: signature-contrat-jeanne
InstanceOf: DuiSignature
Title: "Signature du contrat de séjour par Jeanne"
Usage: #example
* target = Reference(contrat-sejour-jeanne)
* recorded = "2024-03-01T11:00:00+01:00"
* agent.who = Reference(usager-jeanne-dupont)
* signature.type = $signature-type#1.2.840.10065.1.12.1.7 "Consent Signature"
* signature.when = "2024-03-01T11:00:00+01:00"
* signature.who = Reference(usager-jeanne-dupont)
* signature.sigFormat = #application/pdf
* signature.data = "JVBERi0xLjQKJcfsj6IKJSVFT0YK"

RuleSet: AggirReponses(communication, comportement, temps, espace, toiletteHaut, toiletteBas, habHaut, habMoyen, habBas, seServir, manger, urinaire, fecale, transferts, depInt, depExt, alerter, gestion, cuisine, menage, transport, achats, suivi, tempsLibre, gir, girLibelle)
* insert AggirReponseGroupe2(coherence, communication, {communication}, comportement, {comportement})
* insert AggirReponseGroupe2(orientation, temps, {temps}, espace, {espace})
* insert AggirReponseGroupe2(toilette, haut, {toiletteHaut}, bas, {toiletteBas})
* item[+].linkId = "habillage"
* item[=].item[0].linkId = "habillage.haut"
* item[=].item[=].answer.valueCoding = $dui-aggir-modalite#{habHaut}
* item[=].item[+].linkId = "habillage.moyen"
* item[=].item[=].answer.valueCoding = $dui-aggir-modalite#{habMoyen}
* item[=].item[+].linkId = "habillage.bas"
* item[=].item[=].answer.valueCoding = $dui-aggir-modalite#{habBas}
* insert AggirReponseGroupe2(alimentation, seServir, {seServir}, manger, {manger})
* insert AggirReponseGroupe2(elimination, urinaire, {urinaire}, fecale, {fecale})
* insert AggirReponse(transferts, {transferts})
* insert AggirReponse(deplacementInterieur, {depInt})
* insert AggirReponse(deplacementExterieur, {depExt})
* insert AggirReponse(alerter, {alerter})
* insert AggirReponse(gestion, {gestion})
* insert AggirReponse(cuisine, {cuisine})
* insert AggirReponse(menage, {menage})
* insert AggirReponse(transport, {transport})
* insert AggirReponse(achats, {achats})
* insert AggirReponse(suiviTraitement, {suivi})
* insert AggirReponse(tempsLibre, {tempsLibre})
* item[+].linkId = "gir"
* item[=].answer.valueCoding = $cisis#{gir} "{girLibelle}"

RuleSet: AggirReponse(linkId, cote)
* item[+].linkId = "{linkId}"
* item[=].answer.valueCoding = $dui-aggir-modalite#{cote}

RuleSet: AggirReponseGroupe2(linkId, s1, c1, s2, c2)
* item[+].linkId = "{linkId}"
* item[=].item[0].linkId = "{linkId}.{s1}"
* item[=].item[=].answer.valueCoding = $dui-aggir-modalite#{c1}
* item[=].item[+].linkId = "{linkId}.{s2}"
* item[=].item[=].answer.valueCoding = $dui-aggir-modalite#{c2}

Instance: acte-jeanne-pansement
InstanceOf: DuiActe
Title: "Acte : pansement du talon"
Usage: #example
* status = #completed
* code.text = "Pansement d'une rougeur au talon gauche (prévention d'escarre)"
* subject = Reference(usager-jeanne-dupont)
* encounter = Reference(sejour-jeanne-ehpad)
* performedDateTime = "2024-05-03T09:15:00+02:00"
* performer.actor = Reference(role-ide-bernard-ehpad)

Instance: dispensation-jeanne-paracetamol
InstanceOf: DuiDispensation
Title: "Dispensation du paracétamol par l'officine partenaire"
Usage: #example
* status = #completed
* medicationCodeableConcept.text = "Paracétamol 500 mg, comprimé"
* subject = Reference(usager-jeanne-dupont)
* performer.actor = Reference(role-pharm-lambert)
* authorizingPrescription = Reference(prescription-jeanne-paracetamol)
* quantity = 16 '{tbl}' "comprimé(s)"
* whenHandedOver = "2024-04-16T10:00:00+02:00"

Instance: communication-jeanne-famille
InstanceOf: DuiCommunication
Title: "Information à la personne de confiance de Jeanne"
Usage: #example
* status = #completed
* category = $dui-categorie-communication#information-usager "Information à l'usager"
* subject = Reference(usager-jeanne-dupont)
* sent = "2024-05-02T11:00:00+02:00"
* sender = Reference(role-ide-bernard-ehpad)
* recipient = Reference(entourage-marie-lefevre)
* payload.contentString = "Votre mère a ressenti une douleur au genou ce matin ; elle a été soulagée par un antalgique et le médecin la verra jeudi."

Instance: trace-lecture-jeanne
InstanceOf: DuiTrace
Title: "Trace : lecture du dossier de Jeanne par l'infirmière"
Usage: #example
* type = http://terminology.hl7.org/CodeSystem/audit-event-type#rest "RESTful Operation"
* subtype = http://hl7.org/fhir/restful-interaction#read "read"
* action = #R
* recorded = "2024-05-02T07:35:12+02:00"
* outcome = #0
* agent.who = Reference(role-ide-bernard-ehpad)
* agent.requestor = true
* agent.network.address = "10.0.0.12"
* agent.network.type = #2
* source.observer.display = "DUI — serveur FHIR"
* entity.what = Reference(usager-jeanne-dupont)
* entity.type = http://terminology.hl7.org/CodeSystem/audit-entity-type#1 "Person"
* entity.role = http://terminology.hl7.org/CodeSystem/object-role#1 "Patient"

// Catégories de données sur lesquelles portent les habilitations (HAB-1).

CodeSystem: DuiCsCategorieDonnees
Id: dui-categorie-donnees
Title: "Catégorie de données du dossier de l'usager"
Description: "Catégories de données sur lesquelles la matrice d'habilitations donne des droits (consulter, créer, modifier, supprimer) à chaque profession, par établissement. Chaque ressource du dossier relève d'une seule catégorie ; les données médicales ne s'ouvrent en plus qu'aux membres de l'équipe de prise en charge de l'usager (secret partagé)."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #administratif "Administratif" "Identité, entourage, séjours et événements, agenda et présences, demandes d'admission et liste d'attente (Patient, RelatedPerson, Encounter, Schedule, Slot, Appointment, ServiceRequest, Task de liste d'attente)."
* #social "Social" "Prestations sociales, protection juridique, décisions d'orientation (Coverage, Basic)."
* #accompagnement "Accompagnement" "Projet personnalisé, attentes, objectifs et actions, évaluations et scores, transmissions, messages, équipe (CarePlan, Goal, Task, QuestionnaireResponse, Observation de transmission ou de score, Communication, CareTeam)."
* #soins "Soins" "Constantes, actes et administrations de médicaments (Observation de constantes ou d'activité, Procedure, MedicationAdministration)."
* #medical "Médical" "Données médicales couvertes par le secret partagé : observations médicales, éléments du DLU, problèmes, allergies, prescriptions, dispensations (Observation médicale ou non catégorisée, Condition, AllergyIntolerance, MedicationRequest, MedicationDispense…)."
* #documents "Documents" "Documents et leur contenu, signatures (DocumentReference, Binary, Composition, Provenance)."
* #consentements "Consentements et contrats" "Consentements, oppositions, contrats de séjour et DIPEC (Consent, Contract)."
* #annuaire "Annuaire et référentiels" "Organisations, professionnels, terminologies et profils (Organization, Practitioner, PractitionerRole, Location, CodeSystem, ValueSet…)."

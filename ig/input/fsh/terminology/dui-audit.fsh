// Sous-types d'événements du journal d'audit qui n'ont pas de code dans les terminologies FHIR, DICOM ou IHE BALP.

CodeSystem: DuiCsAudit
Id: dui-audit
Title: "Événements du journal d'audit du DUI"
Description: "Sous-types (AuditEvent.subtype) des événements de sécurité que le serveur DUI trace et que les terminologies FHIR et DICOM ne nomment pas. Les interactions FHIR utilisent http://hl7.org/fhir/restful-interaction ; les connexions, le code DICOM 110122 (Login)."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #token-issued "Jeton d'accès émis" "Le serveur d'autorisation a émis un jeton d'accès à une application, pour une personne ou pour un service (AuditEvent.outcomeDesc donne le type d'autorisation et les portées)."
* #access-refused "Accès refusé sans jeton valide" "Une requête à l'API FHIR a été refusée avant tout traitement : pas de jeton d'accès, ou un jeton invalide, expiré, révoqué ou émis pour un autre serveur."
* #habilitations-changed "Matrice d'habilitations modifiée" "Un administrateur a remplacé la matrice d'habilitations (profession × catégorie de données × interaction, par établissement) ; AuditEvent.outcomeDesc donne le nombre de cellules de la nouvelle matrice."
* #break-the-glass "Bris de glace" "Un professionnel a ouvert en urgence le dossier d'un usager que ses habilitations ne lui ouvrent pas, avec une justification (AuditEvent.outcomeDesc), pour une durée limitée ; AuditEvent.purposeOfEvent vaut BTG."
* #account-changed "Compte modifié" "Un compte a été créé, désactivé, réactivé, ou son mot de passe réinitialisé par un administrateur, ou changé par son titulaire (AuditEvent.outcomeDesc dit quoi et quel compte)."
* #client-registered "Application enregistrée" "Un administrateur a enregistré ou modifié une application SMART (client OAuth) par l'API d'administration."

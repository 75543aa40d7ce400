// Codes d'erreur stables du serveur DUI (OperationOutcome.issue.details.coding), voir docs/adr/0004-errors.md.
// Un code publié ne change jamais de sens : on en ajoute un nouveau plutôt que d'en modifier un.

CodeSystem: DuiCsError
Id: dui-error
Title: "Codes d'erreur du serveur DUI"
Description: "Codes stables des erreurs renvoyées par le serveur DUI dans OperationOutcome.issue.details.coding. Chaque code a un sens fixe une fois publié ; le statut HTTP habituel est indiqué dans la définition. Le message destiné aux personnes figure dans OperationOutcome.issue.diagnostics."
* insert DuiTermDuiMetadonnees
* insert DuiTermDuiComplet
* #request-body-unreadable "Contenu de la requête illisible" "Le contenu n'est pas une ressource FHIR lisible : JSON ou XML mal formé, ou élément inconnu (HTTP 400)."
* #xml-doctype-refused "Déclaration DOCTYPE refusée" "Le contenu XML contient une déclaration DOCTYPE ou des entités, refusées par sécurité (HTTP 400)."
* #resource-type-mismatch "Type de ressource incohérent" "Le type de la ressource envoyée ne correspond pas à celui de l'URL (HTTP 400)."
* #request-body-too-large "Contenu de la requête trop volumineux" "Le contenu dépasse la taille maximale acceptée (HTTP 413)."
* #unknown-search-parameter "Paramètre de recherche inconnu" "Le paramètre de recherche n'existe pas pour ce type de ressource (HTTP 400)."
* #invalid-search-parameter "Paramètre de recherche invalide" "La valeur d'un paramètre de recherche est invalide (HTTP 400)."
* #invalid-resource-id "Identifiant de ressource invalide" "L'identifiant logique ne respecte pas le format FHIR : 1 à 64 caractères parmi les lettres, les chiffres, « - » et « . » (HTTP 400)."
* #unresolved-reference "Référence non résolue" "Une référence ne désigne aucune ressource existante (HTTP 400)."
* #unknown-resource-type "Type de ressource inconnu" "Le type de ressource demandé n'existe pas ou n'est pas proposé (HTTP 404)."
* #resource-not-found "Ressource introuvable" "Aucune ressource ne correspond à cet identifiant (HTTP 404)."
* #resource-deleted "Ressource supprimée" "La ressource a été supprimée (HTTP 410)."
* #version-conflict "Conflit de version" "La ressource a été modifiée entre-temps, ou est encore référencée (HTTP 409)."
* #precondition-failed "Précondition non remplie" "La condition posée par la requête (If-Match, création conditionnelle…) n'est pas remplie (HTTP 412)."
* #unprocessable-resource "Ressource non conforme aux règles du dossier" "La ressource est lisible mais ne respecte pas les règles du dossier (HTTP 422)."
* #operation-not-allowed "Opération non permise" "Cette opération n'est pas permise sur cette ressource (HTTP 405)."
* #unsupported-media-type "Format non pris en charge" "Le format du contenu n'est pas pris en charge : FHIR en JSON ou en XML attendu (HTTP 415)."
* #unsupported-content-encoding "Encodage du contenu non pris en charge" "Les contenus compressés (Content-Encoding) ne sont pas acceptés (HTTP 415)."
* #not-implemented "Fonction non proposée" "Cette fonction n'est pas proposée par ce serveur (HTTP 501)."
* #invalid-request "Requête invalide" "La requête est invalide (HTTP 400)."
* #internal-error "Erreur interne du serveur" "Erreur interne ; l'incident est journalisé et rien n'a été enregistré (HTTP 500)."
* #profile-required "Profil requis" "La ressource doit déclarer dans meta.profile l'un des profils du DUI prévus pour son type (HTTP 422)."
* #profile-validation-failed "Ressource non conforme à son profil" "La ressource ne respecte pas le profil du DUI qu'elle déclare ; le détail des écarts accompagne l'erreur (HTTP 422)."
* #identity-rule-violated "Règle d'identité non respectée" "La ressource enfreint une règle d'identitovigilance du dossier (identifiant national de santé, statut de l'identité, traits d'identité) (HTTP 422)."
* #authentication-required "Authentification requise" "La requête ne présente pas de jeton d'accès (HTTP 401)."
* #invalid-token "Jeton d'accès refusé" "Le jeton d'accès est invalide, expiré, révoqué ou émis pour un autre serveur (HTTP 401)."
* #access-denied "Accès refusé" "L'action sort des droits accordés au jeton d'accès (portées SMART) ou à l'habilitation de la personne (HTTP 403)."

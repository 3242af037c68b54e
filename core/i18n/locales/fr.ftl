# fr. Translate from en.ftl; a key missing here falls back to English.
# Fluent syntax: https://projectfluent.org/fluent/guide/

## Shared

# An audit entry stored before the catalogs existed: its English, shown as it was written.
stored-prose = { $text }

## Errors

error-configuration = Le bot n’est pas configuré correctement. Les admins peuvent en voir la raison dans son journal.
error-database = La base de données est indisponible pour le moment. Réessaie dans un instant.
error-restarting = Le bot redémarre. Réessaie dans un instant.
error-discord-refused = Discord a refusé ma requête ({ $status }). Réessaie dans un instant.
error-missing-permission = Il te faut la permission { $permissions } pour faire ça.
error-server-only = Ça ne fonctionne que sur un serveur.
error-not-in-ticket = Utilise ceci dans le salon d’un ticket.
error-check-failed = Tu ne peux pas utiliser ça ici.
error-unexpected = Quelque chose s’est mal passé de mon côté. Si ça se reproduit, donne aux admins cet identifiant d’erreur : `{ $id }`.
error-not-configured = Les tickets ne sont pas encore configurés sur ce serveur. Un admin doit lancer `/setup`.
error-ticket-limit = { $scope ->
        [named] { $limit ->
            [one] Tu as déjà un ticket { $type } ouvert.
           *[other] Tu as déjà { $limit } tickets { $type } ouverts.
        }
        [type] { $limit ->
            [one] Tu as déjà un ticket ouvert de ce type.
           *[other] Tu as déjà { $limit } tickets ouverts de ce type.
        }
       *[server] { $limit ->
            [one] Tu as déjà un ticket ouvert.
           *[other] Tu as déjà { $limit } tickets ouverts.
        }
    } Ferme-en un avant d’en ouvrir un autre.
error-type-name-taken = Il existe déjà un type de ticket nommé « { $name } ».
error-ticket-not-pending = Le ticket { $ticket_id } n’attend pas de salon.

## Tickets

welcome-default = Merci de nous avoir contactés ! Décris ton problème, un membre du staff va s’occuper de toi très vite.
welcome-title = Ticket { $label }
welcome-title-typed = { $type } · Ticket { $label }
welcome-opened-by = Ouvert par
welcome-reason = Raison
welcome-claimed-by = Pris en charge par
welcome-no-reason = Aucune raison donnée
welcome-footer = Appuie sur Fermer une fois ton problème résolu.
join-notice = Nouveau ticket { $type } { $label } de { $opener } : { $place }. Rejoins-le pour participer.
notice-claimed = { $actor } a pris en charge ce ticket et va s’en occuper.
notice-transferred = { $actor } a confié ce ticket à { $claimer }.
notice-unclaimed = { $actor } ne prend plus en charge ce ticket.
notice-unclaimed-held = { $actor } a libéré ce ticket (il était pris en charge par { $held }).
notice-member-added = { $member } a été ajouté à ce ticket par { $actor }.
notice-member-removed = { $member } a été retiré de ce ticket par { $actor }.
notice-close-requested = { $opener }, { $actor } aimerait fermer ce ticket{ $with_reason ->
        [true] {" "}: { $reason }
       *[other] .
    }{ $with_due ->
        [true] {"\u000A"}Il se fermera tout seul { $due }, sauf si tu le gardes ouvert.
       *[other] {""}
    }
notice-idle-warning = { $opener }, ce ticket { $by_opener ->
        [true] n’a pas reçu de message de ta part
       *[other] est calme
    } depuis un moment et se fermera tout seul { $due }. Écris n’importe quoi ici pour le garder ouvert.
close-summary-title = Ticket { $label } fermé
close-summary-server = Serveur
close-summary-closed-by = Fermé par
close-summary-opened = Ouvert
close-summary-closed = Fermé
close-summary-duration = Durée
close-summary-participants = Participants
close-summary-messages = Messages
close-summary-no-transcript = pas de transcription
close-summary-transcript = Transcription
close-summary-transcript-link = [La lire dans le navigateur]({ $link }) (le lien n’est valable que pour une durée limitée)
audit-by = par { $actor }
audit-author = { $heading } · { $label }
ticket-not-a-ticket = Ce salon n’est pas un ticket.
ticket-server-gone = Ce ticket appartient à un serveur sur lequel je ne suis pas.
ticket-place-gone = Le salon du ticket { $label } n’existe plus.
ticket-still-opening = Le ticket { $label } est encore en cours d’ouverture ; réessaie dans un instant.
ticket-already-closing = Le ticket { $label } est déjà en cours de fermeture.
ticket-closed = Le ticket { $label } est fermé.
refusal-staff-only = { $action ->
        [add-members] Seul le staff peut ajouter des membres aux tickets.
        [remove-members] Seul le staff peut retirer des membres des tickets.
        [join] Seul le staff peut rejoindre les tickets.
        [claim] Seul le staff peut prendre en charge les tickets.
        [transfer] Seul le staff peut confier les tickets à quelqu’un d’autre.
        [auto-close] Seul le staff peut modifier la fermeture automatique.
        [rename] Seul le staff peut renommer les tickets.
        [move] Seul le staff peut déplacer les tickets.
        [request-close] Seul le staff peut demander la fermeture des tickets.
        [reopen] Seul le staff peut rouvrir les tickets.
       *[other] Seul le staff peut faire ça.
    }
refusal-close = Seule la personne qui a ouvert ce ticket, ou le staff, peut le fermer.
staff-role-everyone = @everyone ne peut pas être un rôle staff : tous les membres pourraient alors lire et fermer tous les tickets.
staff-role-managed = { $role } est géré par une intégration (un bot ou un abonnement), ce n’est donc pas toi qui choisis ses membres ; prends un rôle que tu attribues toi-même.
staff-role-above-bot = { $role } est au niveau de mon rôle le plus haut ou au-dessus, je ne peux donc pas le gérer. Place mon rôle au-dessus dans Paramètres du serveur → Rôles, ou choisis un autre rôle.
limit-out-of-range = La limite doit être comprise entre { $low } et { $high } tickets ouverts par membre.
place-refused = Discord ne m’a pas laissé { $action } : il me manque une permission à cet endroit.
place-failed = Discord a échoué alors que je voulais { $action } ({ $status }). Réessaie, s’il te plaît.
place-category-full = { $count ->
        [0] La catégorie des tickets est pleine
        [one] La catégorie { $categories } est pleine
       *[other] Les catégories { $categories } sont pleines
    } (Discord autorise 50 salons par catégorie), donc aucun ticket ne peut être ouvert pour l’instant. Ferme quelques tickets ou demande à un admin d’ajouter une catégorie de débordement (`/setup` ou `/type edit`).
place-server-full = Ce serveur a atteint la limite de Discord de 500 salons, donc aucun salon ne peut être créé.
place-action-grant = donner à { $member } l’accès à ce ticket
place-action-join = t’ajouter à ce ticket
place-action-revoke = retirer { $member } de ce ticket
place-action-create = créer le salon du ticket
place-action-welcome = t’accueillir dans le salon du ticket
place-action-claim = changer qui peut travailler sur ce ticket
place-action-rename = renommer ce ticket
place-action-move = déplacer ce ticket
place-action-retire = supprimer ou archiver le salon de ce ticket
place-action-retire-closed = supprimer ou archiver le salon de ce ticket ; le ticket est fermé
place-action-reopen = rouvrir ce ticket
place-action-read = lire les messages de ce ticket pour sa transcription
place-action-post-transcript = publier la transcription dans le salon de logs
place-action-stays-open = { $step } ; le ticket reste ouvert
claim-already-yours = Tu as déjà pris en charge ce ticket. `/ticket unclaim` le libère.
claim-already-taken = { $claimer } a déjà pris en charge ce ticket.
claim-none = Personne n’a pris en charge ce ticket.
claim-transfer-not-staff = { $member } ne fait pas partie du staff de ce ticket, il ne peut donc pas lui être confié.
claim-transfer-same = { $member } a déjà ce ticket.
claim-held = { $claimer } a pris en charge ce ticket ; seule cette personne ou un admin peut changer ça.
claim-raced = { $known ->
        [true] { $claimer } a changé
       *[other] Quelqu’un a changé
    } la prise en charge de ce ticket juste avant toi ; réessaie.
close-request-own = C’est ton propre ticket : ferme-le avec `/ticket close`.
close-request-opener-only = Seule la personne qui a ouvert ce ticket peut répondre à sa demande de fermeture.
notice-kept-open = { $actor } a gardé ce ticket ouvert.
audit-detail-close-requested = { $with_reason ->
        [true] { $actor } a demandé à fermer ce ticket ({ $reason })
       *[other] { $actor } a demandé à fermer ce ticket
    }
close-reason-no-answer = { $with_reason ->
        [true] Pas de réponse à la demande de fermeture : { $reason }
       *[other] Pas de réponse à la demande de fermeture
    }
rename-empty = Un nom de salon doit contenir au moins une lettre ou un chiffre.
rename-same = Le salon s’appelle déjà #{ $name }.
rename-rate-limited = Discord autorise deux renommages par salon toutes les dix minutes ; celui-ci pourra être renommé { $again }.
notice-renamed = { $actor } a renommé ce ticket en #{ $name }.
move-same = Le ticket { $label } est déjà un ticket { $type }.
ticket-changed-meanwhile = Le ticket { $label } a changé entre-temps ; réessaie.
notice-moved = { $had_type ->
        [true] { $actor } a déplacé ce ticket de { $before } vers { $type }.
       *[other] { $actor } a déplacé ce ticket vers { $type }.
    }
discord-reason-renamed = Ticket { $label } renommé
notice-auto-close = { $enabled ->
        [true] { $actor } a réglé ce ticket pour qu’il se ferme de nouveau en cas d’inactivité.
       *[other] { $actor } a réglé ce ticket pour qu’il ne se ferme plus en cas d’inactivité.
    }
close-reason-idle = { $unit ->
        [minutes] { $amount ->
            [one] Aucune activité depuis { $amount } minute
           *[other] Aucune activité depuis { $amount } minutes
        }
       *[hours] { $amount ->
            [one] Aucune activité depuis { $amount } heure
           *[other] Aucune activité depuis { $amount } heures
        }
    }
member-bot = Les bots ne peuvent pas être ajoutés aux tickets.
member-already-in = { $member } est déjà dans ce ticket.
member-remove-opener = La personne qui a ouvert le ticket ne peut pas en être retirée. Ferme plutôt le ticket.
member-remove-staff = { $member } fait partie du staff : son rôle lui donne accès à tous les tickets. Retire-lui le rôle staff pour l’en retirer.
member-not-in = { $member } n’est pas dans ce ticket.
join-sees-already = Tu vois déjà le ticket { $label } : { $place }.
join-in-already = Tu es déjà dans le ticket { $label } : { $place }.
notice-joined = { $member } a rejoint ce ticket.
notice-opener-left = { $opener } a quitté le serveur. Le ticket reste ouvert ; ferme-le quand vous avez terminé.
discord-reason-added = Ajouté au ticket { $label } par { $actor }
discord-reason-joined = A rejoint le ticket { $label }
discord-reason-removed = Retiré du ticket { $label } par { $actor }
ticket-type-default = Support
open-type-gone = Ce type de ticket n’existe plus. Demande à un admin de mettre à jour le panneau.
open-cooldown = Tu viens d’ouvrir un ticket { $type }. Tu pourras en ouvrir un autre { $again }.
discord-reason-open-failed = Le ticket { $label } n’a pas pu être ouvert
discord-reason-withdrawn = Le ticket { $label } a été retiré
audit-detail-opened = { $with_reason ->
        [true] { $opener } a ouvert { $place } : { $reason }
       *[other] { $opener } a ouvert { $place }
    }{ $resumed ->
        [true] {"\u000A"}(terminé après une interruption)
       *[other] {""}
    }
notice-closed-by-bot = Ticket { $label } fermé : { $reason }.
close-open-again = Le ticket { $label } est de nouveau ouvert ; ferme-le à nouveau s’il doit être fermé.
close-log-channel-gone = Le salon de logs n’existe plus, la transcription ne peut donc pas être enregistrée. Le ticket reste ouvert ; un admin doit relancer `/setup`.
close-transcript-held = La transcription du ticket { $label } n’a pas été publiée ici : tout le monde peut lire { $channel }. Elle est enregistrée. Un admin doit retirer la permission Voir le salon à @everyone ici (et l’accorder au rôle staff) ; `/doctor` le vérifie.
close-reason-channel-deleted = Salon supprimé en dehors du bot
close-reason-thread-deleted = Fil supprimé en dehors du bot
close-reason-thread-channel-deleted = Salon du fil supprimé en dehors du bot
close-reason-opener-left = L’auteur du ticket a quitté le serveur
audit-detail-closed = { $archived ->
        [true] { $with_reason ->
            [true] Ticket { $label } de { $opener } archivé : { $reason }
           *[other] Ticket { $label } de { $opener } archivé : aucune raison donnée
        }
       *[other] { $with_reason ->
            [true] Ticket { $label } de { $opener } fermé : { $reason }
           *[other] Ticket { $label } de { $opener } fermé : aucune raison donnée
        }
    }
audit-detail-retire-refused = { $known ->
        [true] Le ticket { $label } de { $opener } est fermé et sa transcription enregistrée, mais { $place } existe toujours : { $why } Je continue d’essayer ; `/ticket close` dans ce salon réessaie tout de suite.
       *[other] Le ticket { $label } de { $opener } est fermé et sa transcription enregistrée, mais son salon existe toujours : { $why } Je continue d’essayer ; `/ticket close` dans ce salon réessaie tout de suite.
    }
reopen-limit = { $per_type ->
        [true] { $limit ->
            [one] { $opener } a déjà { $limit } ticket ouvert, le maximum pour ce type ; l’un d’eux doit d’abord être fermé.
           *[other] { $opener } a déjà { $limit } tickets ouverts, le maximum pour ce type ; l’un d’eux doit d’abord être fermé.
        }
       *[other] { $limit ->
            [one] { $opener } a déjà { $limit } ticket ouvert, le maximum autorisé ; l’un d’eux doit d’abord être fermé.
           *[other] { $opener } a déjà { $limit } tickets ouverts, le maximum autorisé ; l’un d’eux doit d’abord être fermé.
        }
    }
reopen-raced = Le ticket { $label } vient d’être rouvert.
reopen-is-open = Le ticket { $label } est ouvert.
reopen-is-closing = Le ticket { $label } est en cours de fermeture ; rouvre-le une fois qu’il est archivé.
reopen-place-deleted = Le salon du ticket { $label } a été supprimé, il ne peut donc pas être rouvert ; ouvre un nouveau ticket.
reopen-not-archived = Le ticket { $label } a été fermé sans archiver son salon, il ne peut donc pas être rouvert.
notice-reopened = { $actor } a rouvert ce ticket.
audit-detail-reopen-undone = Le ticket { $label } n’a pas pu être rouvert : { $why }
discord-reason-unknown-channel = Salon de ticket qu’aucun dossier de ticket ne connaît (perdu lors d’un plantage)
close-reason-missing-at-start = Salon introuvable au démarrage
audit-detail-recovery-stuck = { $closing ->
        [true] { $known ->
            [true] Je n’ai pas pu finir de fermer le ticket { $label } de { $opener } dans { $place } : { $why }
           *[other] Je n’ai pas pu finir de fermer le ticket { $label } de { $opener } dans son salon : { $why }
        }
       *[other] { $known ->
            [true] Je n’ai pas pu finir d’ouvrir le ticket { $label } de { $opener } dans { $place } : { $why }
           *[other] Je n’ai pas pu finir d’ouvrir le ticket { $label } de { $opener } dans son salon : { $why }
        }
    }{"\u000A"}Je continue d’essayer ; vérifie mes permissions à cet endroit.
permissions-missing-in = { $permissions } dans { $channel }
permissions-missing-list = { $first } ; { $rest }
permissions-missing = Il me manque des permissions : { $problems }. Accorde-les à mon rôle et relance la commande.
place-ticket-category-gone = La catégorie des tickets n’existe plus. Un admin doit relancer `/setup`.
place-ticket-category-full = La catégorie des tickets **{ $category }** est pleine (Discord autorise 50 salons par catégorie) ; ferme d’abord quelques tickets.
place-categories-full = Toutes les catégories de tickets sont pleines et ce serveur compte { $channels } salons, près de la limite de Discord de { $limit } : aucun ticket ne peut être ouvert pour l’instant. Ferme quelques tickets ou supprime des salons inutilisés.
place-archive-gone-stays-open = La catégorie d’archive n’existe plus, le ticket reste donc ouvert. Un admin doit relancer `/setup`.
place-archive-gone = La catégorie d’archive n’existe plus. Un admin doit relancer `/setup`.
place-archive-full = La catégorie d’archive **{ $category }** est pleine (Discord autorise 50 salons par catégorie), le ticket reste donc ouvert. Un admin peut y supprimer d’anciens tickets archivés ou choisir une autre catégorie d’archive avec `/setup`.
place-thread-channel-gone = Le salon des tickets en fil n’existe plus. Un admin doit en choisir un autre avec `/type edit thread_channel`.
place-thread-move = Un ticket en fil ne peut être déplacé que vers un type dont les tickets sont des fils dans le même salon.
discord-reason-opened = Ticket { $label } ouvert par { $opener }
discord-reason-opened-resumed = Ticket { $label } ouvert après une interruption
discord-reason-opener-gone = Le ticket { $label } n’a pas pu être ouvert : son auteur est parti
discord-reason-categories-full = Toutes les catégories de tickets sont pleines (50 salons chacune)
discord-reason-closed = Ticket { $label } fermé
discord-reason-archived = Ticket { $label } archivé
discord-reason-reopened = Ticket { $label } rouvert
discord-reason-claim = Prise en charge du ticket modifiée
discord-reason-moved = Ticket { $label } déplacé vers un autre type
discord-reason-synced = Ticket remis en accord avec son dossier
form-prompt = Les tickets **{ $type }** commencent par quelques questions.
reply-opened = Ton ticket { $label } est ouvert : { $place }
reply-retire-refused = Le ticket { $label } est fermé et sa transcription enregistrée, mais son salon existe toujours : { $why } Une fois le problème réglé, `/ticket close` dans ce salon termine la fermeture.
reply-kept-open = Le ticket { $label } reste ouvert.
reply-close-requested = On a demandé à l’auteur de { $label } s’il peut être fermé.
reply-closed = { $archived ->
        [true] Ticket { $label } archivé.
       *[other] Ticket { $label } fermé.
    }{ $copy ->
        [sent] {" "}Une copie de la transcription a été envoyée à l’auteur du ticket.
        [refused] {" "}L’auteur du ticket n’accepte pas les messages privés, aucune copie ne lui a donc été envoyée.
        [failed] {" "}Discord n’a pas réussi à remettre sa copie de la transcription à l’auteur du ticket.
       *[none] {""}
    }{ $held ->
        [true] {" "}Tout le monde peut lire le salon de logs : la transcription a été enregistrée mais pas publiée là-bas.
       *[other] {""}
    }
notice-closed = { $with_reason ->
        [true] Le ticket { $label } a été fermé par { $closer } : { $reason }.
       *[other] Le ticket { $label } a été fermé par { $closer } : aucune raison donnée.
    }{ $with_transcript ->
        [true] {"\u000A"}La transcription est enregistrée : { $transcript }
       *[other] {""}
    }{"\u000A"}{ $archived ->
        [true] Ce salon est archivé en lecture seule.
       *[other] { $seconds ->
            [one] Ce salon sera supprimé dans { $seconds } seconde.
           *[other] Ce salon sera supprimé dans { $seconds } secondes.
        }
    }
reply-reopened = Le ticket { $label } est de nouveau ouvert.
reply-renamed = Le ticket s’appelle maintenant #{ $name }.
reply-moved = Ticket { $label } déplacé ; c’est maintenant le staff de son nouveau type qui s’en occupe.
reply-joined = Tu as rejoint le ticket { $label } : { $place }.
reply-claimed = Tu as pris en charge le ticket { $label }.
reply-unclaimed = Le ticket { $label } n’est plus pris en charge.
reply-transferred = Le ticket { $label } est maintenant confié à { $member }.
reply-auto-close = { $enabled ->
        [true] Le ticket { $label } se fermera de nouveau en cas d’inactivité, à compter de maintenant.
       *[other] Le ticket { $label } ne se fermera pas en cas d’inactivité.
    }
reply-member-added = { $member } a été ajouté à ce ticket.
reply-member-removed = { $member } a été retiré de ce ticket.
welcome-edit-denied = Seuls les membres ayant la permission Gérer le serveur peuvent modifier les messages de bienvenue.
welcome-saved-server = Le message de bienvenue du serveur est enregistré.
welcome-type-gone = Ce type de ticket a été supprimé entre-temps.
welcome-saved-type = Le message de bienvenue de { $type } est enregistré.
button-close = Fermer
button-claim = Prendre en charge
button-form = Répondre aux questions
button-accept-close = Le fermer
button-keep-open = Garder ouvert
button-reopen = Rouvrir
button-join = Rejoindre
close-modal-title = Fermer ce ticket ?
close-modal-reason = Raison (facultatif)
close-confirm = Appuie sur Fermer pour confirmer la fermeture du ticket { $label }.
form-title = Ticket { $type }
welcome-modal-label = Message de bienvenue
welcome-modal-placeholders = Variables : {"{"}user{"}"} {"{"}type{"}"} {"{"}number{"}"} {"{"}server{"}"}
form-required = Réponds à « { $question } » : c’est obligatoire.
form-too-many-files = Un formulaire peut joindre au plus { $limit } fichiers, 10 Mo au total ; joins-en moins.
form-download-failed = Discord n’a pas transmis tes fichiers ({ $error }). Réessaie, s’il te plaît.
audit-setup = Configuration
audit-settings-changed = Paramètres modifiés
audit-panel-sent = Panneau publié
audit-panel-changed = Panneau modifié
audit-panel-deleted = Panneau supprimé
audit-type-created = Type de ticket créé
audit-type-changed = Type de ticket modifié
audit-type-deleted = Type de ticket supprimé
audit-blacklist-added = Ajouté à la liste noire
audit-blacklist-removed = Retiré de la liste noire
audit-api-key-created = Clé API créée
audit-api-key-revoked = Clé API révoquée
audit-ticket-opened = Ticket ouvert
audit-ticket-renamed = Ticket renommé
audit-ticket-moved = Ticket déplacé
audit-member-added = Membre ajouté
audit-member-removed = Membre retiré
audit-staff-joined = Staff arrivé
audit-opener-left = Auteur parti
audit-ticket-claimed = Ticket pris en charge
audit-ticket-unclaimed = Ticket libéré
audit-ticket-transferred = Ticket confié
audit-auto-close-on = Fermeture auto activée
audit-auto-close-off = Fermeture auto désactivée
audit-close-requested = Fermeture demandée
audit-close-refused = Gardé ouvert
audit-ticket-closed = Ticket fermé
audit-ticket-archived = Ticket archivé
audit-ticket-reopened = Ticket rouvert
audit-reopen-undone = Réouverture annulée
audit-transcript-links-revoked = Liens de transcription révoqués
audit-recovery-stuck = Intervention requise



## Admin
help-title = Commandes
status-title = État
status-measuring = mesure en cours
status-field =
    { $field ->
        [latency] Latence de la passerelle
        [database] Base de données
        [open] Tickets ouverts ici
       *[uptime] En ligne depuis
    }
api-key-name-problem = { $problem } Par exemple `dashboard`.
api-key-name-taken = Il existe déjà une clé nommée **{ $name }**.
api-key-too-many = Un serveur a au plus { $most } clés ; révoques-en une avec `/api-key revoke` d’abord.
api-key-unknown = Aucune clé active ne porte ce nom ; `/api-key list` te les montre.
audit-detail-api-key-made = Clé d’API **{ $name }** créée
audit-detail-api-key-revoked = Clé d’API **{ $name }** révoquée
setup-archive-needs-category = Pour archiver, il faut une catégorie d’archive : indique aussi `archive_category`.
setup-log-public = Tout le monde peut lire { $channel }, donc chaque transcription publiée là serait publique. Retire Voir le salon à @everyone dans ce salon (et donne-le à ton rôle staff), ou choisis un salon privé.
setup-role-gone = Ce rôle n’existe plus ; choisis-en un autre.
setup-ping-role-unmentionable = Je ne pourrais pas mentionner { $role } : il n’est pas mentionnable et il me manque la permission Mentionner @everyone, @here et tous les rôles. Active « Autoriser tout le monde à @mentionner ce rôle » dans ses paramètres, ou donne-moi cette permission.
setup-category-gone = Cette catégorie n’existe plus ; choisis-en une autre.
setup-thread-channel-not-text = Les tickets en fil ont besoin d’un salon textuel ; choisis-en un.
blacklist-already = { $target } est déjà sur la liste noire.
blacklist-everyone = @everyone ne peut pas être mis sur la liste noire : ça fermerait les tickets à tout le serveur.
blacklist-not-on = { $target } n’est pas sur la liste noire.
type-delete-open =
    { $count ->
        [one] { $count } ticket { $type } est encore ouvert ({ $labels }).
       *[other] { $count } tickets { $type } sont encore ouverts ({ $labels }).
    } Ferme-les d’abord, pour qu’aucun ticket ne perde son staff.
audit-detail-setup =
    Staff : { $staff } ; tickets dans { $category } ; logs dans { $log } ; les tickets fermés sont { $archived ->
        [true] archivés dans { $archive }
       *[other] supprimés
    }
audit-detail-settings-changed = { $changes }
audit-detail-blocked = { $target } ne peut plus ouvrir de tickets
audit-detail-unblocked = { $target } peut de nouveau ouvrir des tickets
audit-detail-type-deleted = Type de ticket « { $type } » supprimé
audit-detail-type-created =
    Type de ticket « { $type } » créé{ $any ->
        [true] { " " }: { $settings }
       *[other] { "" }
    }
audit-detail-type-changed =
    Type de ticket « { $type } » modifié : { $any ->
        [true] { $changes }
       *[other] rien
    }
doctor-title =
    { $problems ->
        [0] Tout semble en ordre
        [one] { $problems } problème trouvé
       *[other] { $problems } problèmes trouvés
    }
doctor-web = Côté web : { $problem }
doctor-not-set-up = Les tickets ne sont pas configurés ici : lance `/setup`.
doctor-server-fullness =
    Le serveur a { $used } des { $limit } salons permis par Discord{ $full ->
        [true] { " " }: supprime de vieux salons avant qu’aucun ticket ne puisse plus être créé.
       *[other] .
    }
doctor-category-fullness =
    { $place } { $channel } contient { $used } des { $limit } salons permis par Discord{ $full ->
        [true] { " " }: ferme ou supprime-en quelques-uns, ou choisis-en une autre.
       *[other] .
    }
doctor-message-content =
    { $on ->
        [true] L’intent Message Content est activé.
       *[other] L’intent Message Content est désactivé, donc les transcriptions sortent vides : active Message Content Intent dans le portail développeur, sous Bot → Privileged Gateway Intents.
    }
doctor-endpoint-clear = Discord envoie les clics et les commandes à ce bot.
doctor-endpoint-set = Une Interactions Endpoint URL est définie ({ $endpoint }) : Discord y envoie chaque clic, et les membres voient « Échec de l’interaction ». Efface-la dans le portail développeur, sous General Information.
doctor-place =
    { $place ->
        [category] La catégorie des tickets
        [log] Le salon de logs
        [overflow] La catégorie de débordement
        [type-category] La catégorie de { $type }
        [type-overflow] Le débordement de { $type }
        [archive] La catégorie d’archive
       *[panel] Le salon du panneau
    }
doctor-place-gone = { $place } n’existe plus : relance `/setup` (ou `/type edit`, `/panel send`).
doctor-permissions-ok = J’ai toutes les permissions dont j’ai besoin dans { $channel }.
doctor-permissions-missing = Dans { $channel }, il me manque { $missing } : donne-les à mon rôle là-bas.
doctor-log-public = Tout le monde peut lire { $channel } : retire Voir le salon à @everyone là-bas.
doctor-staff-role-gone = Un rôle staff n’existe plus : relance `/setup` (ou `/type edit`) avec les rôles actuels.
doctor-staff-role-everyone = @everyone est un rôle staff, donc chaque membre voit chaque ticket : relance `/setup`.
doctor-staff-role-high = { $role } est au niveau de mon rôle { $top } ou au-dessus : place mon rôle au-dessus.
doctor-staff-roles-ok = Les rôles staff existent et sont sous mon rôle.
setup-done =
    Les tickets sont configurés.{ $restaffed ->
        [0] { "" }
       *[other]
            { " " }{ $restaffed } tickets ouverts utilisent maintenant les nouveaux rôles staff{ $failed ->
                [0] .
               *[other] { " " }; { $failed } n’ont pas pu être mis à jour (vérifie mes permissions là-bas).
            }
    }
config-saved = Paramètres enregistrés.
config-welcome-modal-title = Message d’accueil
blacklist-added = { $target } ne peut plus ouvrir de tickets (le staff n’est jamais bloqué).
blacklist-removed = { $target } peut de nouveau ouvrir des tickets.
settings-title = Paramètres des tickets
settings-not-set = non défini
settings-none = aucun
settings-field =
    { $field ->
        [staff-roles] Rôles staff
        [category] Catégorie des tickets
        [log-channel] Salon de logs
        [on-close] À la fermeture
        [archive] Catégorie d’archive
        [overflow] Catégorie de débordement
        [claim-mode] Quand un ticket est pris en charge
        [auto-close] Fermeture auto
        [confirm-close] /ticket close demande confirmation
        [opener-leaves] Quand l’auteur part
        [max-open] Tickets ouverts max. par membre
        [names] Noms des salons
        [language] Langue
       *[welcome] Message d’accueil
    }
settings-yes-no =
    { $yes ->
        [true] oui
       *[other] non
    }
settings-language-discord = la langue Discord du serveur
settings-auto-close-never = jamais
settings-auto-close =
    après { $hours } heures sans message { $counts ->
        [opener] de l’auteur
       *[anyone] de personne
    }{ $warned ->
        [true] , avec un avertissement { $warning } heures avant
       *[other] { "" }
    }
panel-list-title = Panneaux
panel-list-empty = Aucun panneau pour l’instant : publies-en un avec `/panel send`.
panel-list-message-gone = ⚠️ son message dans { $channel } a été supprimé
panel-list-first-type = le premier type
panel-list-offers = Propose { $types } ({ $style })
type-list-title = Types de ticket
type-list-empty = Aucun type de ticket pour l’instant : crées-en un avec `/type create`.
type-list-fact =
    { $fact ->
        [staff] Staff : { $value }
        [category] Catégorie : { $value }
        [overflow] Débordement : { $value }
        [limit] Limite par membre : { $value }
        [needs] Requiert : { $value }
        [pings] Mentionne : { $value }
        [hours] Horaires : { $value }
        [claims] Prise en charge : { $value }
        [confirm-close] /ticket close demande confirmation : { $value }
        [names] Noms : `{ $value }`
        [language] Langue : { $value }
       *[auto-close] Fermeture auto : { $value }
    }
type-list-cooldown = Délai : { $minutes } min
type-list-variant = A un accueil ou un formulaire en { $language }
type-list-server-settings = Utilise les paramètres du serveur.
type-list-auto-close-never = Fermeture auto : jamais
type-list-auto-close-part =
    { $part ->
        [after] après { $value } h
        [warning] avertissement { $value } h
       *[counts] compte : { $value }
    }
blacklist-list =
    { $count ->
        [0] Liste noire : personne
       *[other] Liste noire : { $names }
    }
api-key-made =
    Clé d’API **{ $name }** créée. Copie-la maintenant : elle n’est pas enregistrée et ne sera plus affichée.
    ```
    { $secret }
    ```
    Envoie-la sous la forme `Authorization: Bearer <key>` ; `/api-key revoke` la désactive.
api-key-revoked = La clé **{ $name }** ne fonctionne plus.
api-key-line = **{ $name }** — par { $by }, { $when }
api-key-none = Aucune clé d’API ; `/api-key create` en crée une.



## Web and transcripts
web-error = Réessaie plus tard. Identifiant d’erreur : { $id }
    .title = Quelque chose s’est mal passé
transcript-unknown =
    { $kind ->
        [user] utilisateur inconnu
        [role] rôle supprimé
       *[channel] salon inconnu
    }
transcript-title = Ticket { $label } — { $server }
transcript-word =
    { $word ->
        [messages] Messages
        [participants] Participants
        [reply-deleted] Le message d’origine a été supprimé
        [bot] BOT
        [edited] (modifié)
       *[image] image
    }
transcript-sticker = Sticker : { $name }
transcript-in-reply-to = en réponse au message { $id }
transcript-kept = conservé
transcript-not-kept = non conservé
transcript-not-kept-cap = non conservé : au-delà des { $cap } conservés par ticket
transcript-not-kept-refused = non conservé : Discord a répondu { $status } au téléchargement
transcript-not-kept-failed = non conservé : le téléchargement a échoué
transcript-not-kept-larger = non conservé : plus gros que ce qu’annonçait Discord
web-not-your-server = Seul le staff du serveur voit ses tickets.
    .title = Pas ton serveur
web-link-expired =
    { $sign_in ->
        [true] Ce lien n’est plus valide. Connecte-toi avec Discord pour lire les transcriptions auxquelles tu as accès.
       *[other] Ce lien n’est plus valide. Demande la transcription au staff du serveur.
    }
    .title = Lien expiré
web-no-transcript = Ce ticket n’a pas (encore) de transcription enregistrée.
    .title = Pas de transcription
web-login-off = La connexion avec Discord n’est pas configurée ici : l’hébergeur du bot l’active avec DISCORD_CLIENT_SECRET.
    .title = Connexion désactivée
web-sign-in-cancelled = Tu as annulé la connexion sur Discord, donc rien n’a été partagé.
    .title = Non connecté
web-sign-in-not-ours = Cette connexion n’a pas commencé ici ou a pris trop de temps. Réessaie.
    .title = Échec de la connexion
web-sign-in-failed = Discord n’a pas confirmé la connexion. Réessaie.
    .title = Échec de la connexion
web-not-signed-out = Cette requête ne vient pas de ce site.
    .title = Non déconnecté
web-not-revoked = Cette requête ne vient pas de ce site.
    .title = Non révoqué
web-revoke-not-yours = Seul le staff du ticket peut révoquer ses liens.
    .title = Pas à toi
web-not-yours-to-read = Il n’y a ici aucune transcription que tu peux voir.
    .title = Lecture non autorisée
web-slow-down = Tu as ouvert les pages de nombreux serveurs en une minute. Attends une minute, puis réessaie.
    .title = Doucement
web-tickets-title = Tickets — { $server }
web-tickets-unknown-server = Serveur { $id }
web-tickets-field =
    { $field ->
        [number] Numéro
        [opener-id] Auteur (ID utilisateur)
        [type] Type
        [status] Statut
        [from] Du
       *[to] Au
    }
web-tickets-any = tous
web-tickets-search = Rechercher
web-tickets-column =
    { $column ->
        [ticket] Ticket
        [type] Type
        [opener] Auteur
        [status] Statut
        [opened] Ouvert
        [closed] Fermé
       *[links] Liens
    }
web-tickets-status =
    { $status ->
        [open] ouvert
        [closed] fermé
       *[archived] archivé
    }
web-tickets-revoke = Révoquer
    .title = Les liens déjà envoyés cessent de fonctionner
web-tickets-none = Aucun ticket ne correspond.
web-tickets-older = Tickets plus anciens →
web-search-not-a-number =
    { $field ->
        [number] Numéro
        [opener] Auteur
       *[before] Page
    } doit être un nombre.
web-search-not-a-date =
    { $field ->
        [from] Du
       *[to] Au
    } doit être une date comme 2026-01-31.
web-search-no-such-type = Ce type n’existe pas.
web-search-no-such-status = Ce statut n’existe pas.



## Commands: tickets

cmd-ticket = ticket
    .description = Ouvrir et gérer des tickets de support
cmd-ticket-open = ouvrir
    .description = Ouvrir un ticket de support privé
cmd-ticket-open-type = type
    .description = Le type d’aide dont tu as besoin
cmd-ticket-open-reason = raison
    .description = Ce pour quoi tu as besoin d’aide
cmd-ticket-close = fermer
    .description = Fermer ce ticket et enregistrer sa transcription
cmd-ticket-close-reason = raison
    .description = Pourquoi le ticket est fermé
cmd-ticket-add = ajouter
    .description = Donner à un membre l’accès à ce ticket (staff)
cmd-ticket-add-member = membre
    .description = Le membre à ajouter
cmd-ticket-remove = retirer
    .description = Retirer à un membre l’accès à ce ticket (staff)
cmd-ticket-remove-member = membre
    .description = Le membre à retirer
cmd-ticket-close-request = demande-fermeture
    .description = Demander à l’auteur si ce ticket peut être fermé (staff)
cmd-ticket-close-request-reason = raison
    .description = Pourquoi il peut être fermé
cmd-ticket-close-request-hours = heures
    .description = Fermer tout seul après ce nombre d’heures, sauf si l’auteur le garde ouvert
cmd-ticket-reopen = rouvrir
    .description = Rouvrir ce ticket archivé (staff)
cmd-ticket-rename = renommer
    .description = Renommer le salon de ce ticket (staff)
cmd-ticket-rename-name = nom
    .description = Le nouveau nom (Discord autorise deux renommages toutes les dix minutes)
cmd-ticket-move = déplacer
    .description = Passer ce ticket à un autre type ; son staff et sa catégorie suivent (staff)
cmd-ticket-move-type = type
    .description = Le nouveau type du ticket
cmd-ticket-claim = prendre
    .description = Prendre en charge ce ticket (staff)
cmd-ticket-unclaim = libérer
    .description = Rendre ce ticket à tout son staff
cmd-ticket-transfer = confier
    .description = Confier ce ticket à un autre membre du staff
cmd-ticket-transfer-staff = staff
    .description = Qui le prend en charge
cmd-ticket-auto-close = fermeture-auto
    .description = Fermer ou non ce ticket quand il devient inactif (staff)
cmd-ticket-auto-close-enabled = activée
    .description = non : ne se ferme jamais pour inactivité ; oui : se ferme de nouveau, à compter de maintenant
cmd-ticket-auto-close-enabled-choice-on = oui
cmd-ticket-auto-close-enabled-choice-off = non



## Commands: admin and utility
cmd-help = aide
    .description = Affiche les commandes que tu peux utiliser
cmd-status = état
    .description = Affiche l’état du bot
cmd-setup = configurer
    .description = Configure les tickets : rôles staff, catégorie, salon de logs
cmd-setup-staff-role = rôle_staff
    .description = Le rôle qui s’occupe des tickets
cmd-setup-category = catégorie
    .description = La catégorie où vont les nouveaux salons de ticket
cmd-setup-log-channel = salon_logs
    .description = Où sont publiés les transcriptions et le journal d’audit (staff uniquement)
cmd-setup-close-action = à_la_fermeture
    .description = Supprimer les salons des tickets fermés, ou les archiver en lecture seule
cmd-setup-close-action-choice-delete = supprimer
cmd-setup-close-action-choice-archive = archiver
cmd-setup-archive-category = catégorie_archive
    .description = Où vont les tickets archivés (nécessaire pour archiver)
cmd-setup-overflow-category = catégorie_débordement
    .description = Où vont les nouveaux tickets quand la catégorie est pleine (50 salons)
cmd-setup-staff-role-2 = rôle_staff_2
    .description = Un autre rôle staff
cmd-setup-staff-role-3 = rôle_staff_3
    .description = Un autre rôle staff
cmd-config = paramètres
    .description = Affiche ou modifie les paramètres des tickets
cmd-config-show = afficher
    .description = Affiche les paramètres des tickets de ce serveur
cmd-config-max-tickets = max-tickets
    .description = Combien de tickets un membre peut avoir ouverts à la fois
cmd-config-max-tickets-limit = limite
    .description = De 1 à 25
cmd-config-naming = noms
    .description = Comment les salons de ticket sont nommés
cmd-config-naming-template = modèle
    .description = Utilise { "{" }number{ "}" } et/ou { "{" }username{ "}" }, p. ex. ticket-{ "{" }number:04d{ "}" }
cmd-config-welcome = accueil
    .description = Le message affiché dans chaque nouveau ticket
cmd-config-welcome-message = message
    .description = Une ligne, 1500 caractères max ; laisse vide pour écrire plusieurs lignes dans un formulaire
cmd-config-language = langue
    .description = La langue de ce que tout le serveur lit : accueils, avis, panneaux, logs, transcriptions
cmd-config-language-language = langue
    .description = Une langue, ou la langue Discord du serveur
cmd-config-language-language-choice-en = English
cmd-config-language-language-choice-es = Español
cmd-config-language-language-choice-de = Deutsch
cmd-config-language-language-choice-fr = Français
cmd-config-language-language-choice-pt-BR = Português do Brasil
cmd-config-language-language-choice-server = La langue Discord du serveur
cmd-config-claim-mode = mode-prise
    .description = Ce que la prise en charge d’un ticket change pour l’accès du reste du staff
cmd-config-claim-mode-mode = mode
    .description = shared : tous gardent l’accès ; claimer-writes : les autres lisent ; claimer-only : ils le perdent
cmd-config-claim-mode-mode-choice-shared = partagé
cmd-config-claim-mode-mode-choice-claimer-writes = seul le preneur écrit
cmd-config-claim-mode-mode-choice-claimer-only = seul le preneur
cmd-config-auto-close = fermeture-auto
    .description = Ferme les tickets devenus silencieux, après un avertissement
cmd-config-auto-close-hours = heures
    .description = Fermer après autant d’heures sans message (0 : jamais)
cmd-config-auto-close-warning-hours = heures_avertissement
    .description = Avertir l’auteur autant d’heures avant (0 : pas d’avertissement)
cmd-config-auto-close-counts = compte
    .description = Quels messages gardent le ticket ouvert : ceux de l’auteur (par défaut) ou de n’importe qui
cmd-config-auto-close-counts-choice-opener = l’auteur
cmd-config-auto-close-counts-choice-anyone = n’importe qui
cmd-config-close-confirmation = confirmer-fermeture
    .description = Si /ticket close demande avant de fermer
cmd-config-close-confirmation-enabled = activé
    .description = Demander confirmation (le bouton Fermer le fait toujours)
cmd-config-opener-leaves = départ-auteur
    .description = Ce qui arrive à un ticket dont l’auteur quitte le serveur
cmd-config-opener-leaves-action = action
    .description = garder : il reste ouvert et le staff est prévenu ; fermer : il est fermé, transcription enregistrée
cmd-config-opener-leaves-action-choice-keep = garder
cmd-config-opener-leaves-action-choice-close = fermer
cmd-blacklist = liste-noire
    .description = Empêche des membres ou des rôles d’ouvrir des tickets
cmd-blacklist-add = ajouter
    .description = Empêche un membre, ou tous ceux qui ont un rôle, d’ouvrir des tickets
cmd-blacklist-add-target = cible
    .description = Le membre ou le rôle
cmd-blacklist-remove = retirer
    .description = Autorise de nouveau un membre ou un rôle de la liste noire à ouvrir des tickets
cmd-blacklist-remove-target = cible
    .description = Le membre ou le rôle
cmd-blacklist-list = afficher
    .description = Affiche qui ne peut pas ouvrir de tickets
cmd-api-key = clé-api
    .description = Des clés pour accéder aux tickets de ce serveur en HTTP
cmd-api-key-create = créer
    .description = Crée une clé pour les tickets de ce serveur en HTTP (affichée une fois)
cmd-api-key-create-name = nom
    .description = À quoi sert la clé, p. ex. dashboard
cmd-api-key-list = afficher
    .description = Affiche les clés d’API actives de ce serveur
cmd-api-key-revoke = révoquer
    .description = Désactive une clé d’API
cmd-api-key-revoke-name = nom
    .description = Le nom de la clé
cmd-doctor = diagnostic
    .description = Vérifie tout ce qui empêche les tickets de fonctionner ici



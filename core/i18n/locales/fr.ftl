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
error-not-a-member = Cette personne n'est pas (ou plus) sur ce serveur.
error-rate-limited = Discord me demande d’attendre avant de faire cela ici ; réessaie { $again }.
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
        [tags] Seul le staff peut utiliser les réponses enregistrées.
        [labels] Seul le staff peut étiqueter les tickets.
        [open-for] Seul le staff de ce type peut ouvrir des tickets pour d’autres.
        [priority] Seul le staff peut changer la priorité d’un ticket.
        [notes] Seul le staff peut lire et écrire des notes.
        [stats] Seul le staff peut voir les statistiques.
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
close-request-answered = Cette demande de fermeture a déjà reçu une réponse.
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
place-thread-channel-hidden = Les tickets de ce type sont créés en fils dans { $channel }, où tu ne peux pas lire ou écrire. Demande à l’équipe du serveur de t’y donner accès, ou de choisir un autre salon avec `/type edit thread_channel`.
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
audit-detail-change = { $setting }: { $before } → { $after }
audit-detail-setting = { $setting }: { $value }
audit-list = { $first } ; { $rest }
audit-setting = { $setting ->
        [name] name
        [emoji] emoji
        [description] description
        [staff_role_ids] staff_role_ids
        [category_id] category_id
        [overflow_category_id] overflow_category_id
        [channel_name_template] channel_name_template
        [welcome_message] welcome_message
        [ping_role_ids] ping_role_ids
        [max_open] max_open
        [max_open_tickets] max_open_tickets
        [required_role_ids] required_role_ids
        [cooldown_seconds] cooldown_seconds
        [hours] hours
        [timezone] timezone
        [bypass_role_ids] bypass_role_ids
        [claim_mode] claim_mode
        [auto_close_hours] auto_close_hours
        [auto_close_warning_hours] auto_close_warning_hours
        [idle_counts] idle_counts
        [confirm_close] confirm_close
        [ask_rating] ask_rating
        [members_open_about] members_open_about
        [priority_prefix] priority_prefix
        [alert_channel_id] alert_channel_id
        [deflect] deflect
        [on_opener_leave] on_opener_leave
        [thread_channel_id] thread_channel_id
        [language] language
        [questions] questions
       *[other] { $setting }
    }
audit-setting-variant = { $setting } ({ $language })
audit-value-text = « { $text } »
audit-value-language-unset =
    { $owner ->
        [server] la langue Discord du serveur
       *[type] celle du serveur
    }
audit-value-question =
    { $number }. « { $label } » ({ $style }, { $required ->
        [true] obligatoire
       *[other] facultative
    }{ $any ->
        [true] , choix : { $choices }
       *[other] { "" }
    })
type-list-question = Q{ $number }. { $label } ({ $style })
close-database-failed = La base de données a lâché pendant la fermeture du ticket { $label }. La fermeture se terminera toute seule d’ici une minute environ.
open-database-failed = La base de données a lâché pendant l’ouverture de ton ticket, il n’a donc pas été ouvert. Réessaie dans un instant.
form-database-slow = La base de données est lente en ce moment, le formulaire ne peut donc pas s’ouvrir à temps. Réessaie.
type-unknown =
    { $count ->
        [0] Il n’existe aucun type de ticket nommé « { $name } ». Types ici : aucun pour l’instant ; crées-en un avec `/type create`.
       *[other] Il n’existe aucun type de ticket nommé « { $name } ». Types ici : { $known }.
    }
open-refused-blocked = Tu ne peux pas ouvrir de tickets sur ce serveur. Si tu penses que c’est une erreur, contacte un modérateur.
open-refused-role = Seuls les membres avec { $roles } peuvent ouvrir des tickets { $type }.
open-refused-hours =
    { $known ->
        [no] Les tickets { $type } sont traités { $hours } ({ $timezone }), ils ne peuvent donc pas être ouverts maintenant.
       *[yes] Les tickets { $type } sont traités { $hours } ({ $timezone }), ils ne peuvent donc pas être ouverts maintenant. Retour { $back }.
    }
type-welcome-unknown-placeholder = Le message d’accueil utilise { $placeholder }, qui n’est pas une variable ; utilise { "{" }user{ "}" }, { "{" }type{ "}" }, { "{" }number{ "}" } ou { "{" }server{ "}" }.
type-auto-close-warning-late = L’avertissement ({ $warning } heures avant la fermeture) doit arriver après que le ticket est devenu silencieux : avec une fermeture auto après { $hours } heures, avertis moins de { $hours } heures avant.
type-too-many = Un serveur peut avoir au plus { $limit } types de ticket (la limite d’un menu déroulant).
type-emoji-invalid = L’emoji doit être un seul emoji, comme 💳, ou un emoji du serveur comme <:billing:123…>.
type-description-too-long = La description d’un type fait au plus 100 caractères (elle s’affiche sous l’option du menu).
type-limit-invalid = La limite d’un type doit être entre 1 et 25 tickets ouverts par membre.
type-cooldown-invalid = Le délai doit être entre 0 et 7 jours.
type-too-many-questions = Un formulaire a au plus { $limit } questions (la limite de Discord pour un modal).
type-name-ambiguous = Dans une liste de types, comme `/panel send types:`, « { $name } » se lirait aussi comme { $others } et { $last }. Choisis un nom qui ne prête pas à confusion.
question-label-length = Une question fait de 1 à 45 caractères (la limite de Discord pour un libellé).
question-placeholder-too-long = Le texte indicatif d’une question fait au plus 100 caractères.
question-choice-count = Une question { $style } demande de { $low } à { $high } choix, séparés par des virgules.
question-choice-invalid = Chaque choix fait de 1 à 100 caractères, et deux choix ne peuvent pas être identiques.
question-choices-not-taken = Seules les questions choice, radio et checkboxes prennent des choix, pas { $style }.
question-max-length-invalid = La réponse à une question fait au plus 4000 caractères.
question-min-length-invalid = La réponse la plus courte d’une question doit être entre 0 et la plus longue.
hours-zone-unknown = « { $zone } » n’est pas un fuseau horaire ; utilise un nom comme Europe/Paris ou America/Montreal.
hours-empty = Aucun horaire indiqué ; p. ex. Mon-Fri 09:00-17:00; Sat 10:00-14:00.
hours-window-invalid = « { $window } » n’est pas un horaire ; p. ex. Mon-Fri 09:00-17:00; Sat 10:00-14:00.
hours-time-invalid = { $time } n’est pas une heure de la journée ; p. ex. Mon-Fri 09:00-17:00; Sat 10:00-14:00.
hours-days-invalid = « { $days } » n’est ni un jour ni une plage de jours ; utilise Mon, Tue, … Sun, ou Daily.
name-length =
    { $what ->
        [type] Un type de ticket a besoin d’un nom de 1 à { $limit } caractères.
        [tag] Une réponse enregistrée a besoin d’un nom de 1 à { $limit } caractères.
        [label] Une étiquette a besoin d’un nom de 1 à { $limit } caractères.
       *[api-key] Une clé d’API a besoin d’un nom de 1 à { $limit } caractères.
    }
name-control-characters =
    { $what ->
        [type] Le nom d’un type de ticket ne peut pas contenir de caractères de contrôle ; utilise des lettres, chiffres, espaces et signes de ponctuation.
        [tag] Le nom d’une réponse enregistrée ne peut pas contenir de caractères de contrôle ; utilise des lettres, chiffres, espaces et signes de ponctuation.
        [label] Le nom d’une étiquette ne peut pas contenir de caractères de contrôle ; utilise des lettres, chiffres, espaces et signes de ponctuation.
       *[api-key] Le nom d’une clé d’API ne peut pas contenir de caractères de contrôle ; utilise des lettres, chiffres, espaces et signes de ponctuation.
    }
naming-format-refused = Le modèle de nom de salon ne peut formater { $field } qu’avec un remplissage comme { $padded }, pas { $given }.
naming-field-unknown = Le modèle de nom de salon ne peut utiliser que { "{" }number{ "}" }, { "{" }username{ "}" } et { "{" }type{ "}" }, pas { $field }.
naming-invalid = Le modèle de nom de salon { $template } n’est pas valide : { $error }.
naming-needs-number = Le modèle de nom de salon a besoin de { "{" }number{ "}" } ou { "{" }username{ "}" }, p. ex. ticket-{ "{" }number:04d{ "}" }.
naming-empty = Le modèle de nom de salon { $template } donne un nom de salon vide.
panel-default-title = Besoin d’aide ?
panel-default-description = Appuie sur le bouton ci-dessous pour ouvrir un ticket privé avec notre staff.
panel-default-button = Créer un ticket
panel-channel-gone = Le salon du panneau #{ $id } n’existe plus : supprime-le et envoies-en un nouveau.
panel-message-gone = Le message du panneau #{ $id } a été supprimé : supprime le panneau et envoies-en un nouveau.
panel-unknown = Il n’y a pas de panneau #{ $id } ici ; `/panel list` te les montre.
place-action-post-panel = publier le panneau dans { $channel }
place-action-edit-panel = modifier le panneau
place-action-delete-panel = supprimer le message du panneau dans { $channel }
place-action-read-panel = lire le panneau dans { $channel }
place-action-update-panel = mettre à jour le panneau
audit-detail-panel-sent = Panneau « { $title } » publié dans { $channel } : { $link }
audit-detail-panel-deleted = Panneau « { $title } » supprimé
audit-detail-panel-edited =
    { $changed ->
        [no] Panneau #{ $id } « { $title } » modifié : rien n’a changé
       *[yes] Panneau #{ $id } « { $title } » modifié : { $changes }
    }
audit-detail-panel-change =
    { $field ->
        [title] titre
        [description] texte
        [button_label] libellé du bouton
        [type_ids] types
       *[style] style
    } : { $before } → { $after }
panel-posted = Panneau #{ $id } « { $title } » publié dans { $channel }.
panel-edited = Panneau #{ $id } « { $title } » modifié.
panel-deleted = Panneau #{ $id } « { $title } » supprimé.
panel-needs-text-channel = Les panneaux vont dans un salon textuel : choisis-en un avec l’option `channel`.
type-created = Type de ticket « { $name } » créé.
type-saved = Type de ticket « { $name } » enregistré.
type-deleted = Type de ticket « { $name } » supprimé.
type-welcome-modal-title = { $type } : accueil
type-variant-language-unknown = « { $language } » n’est pas une langue que parle le bot.
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
        [type-threads] Le salon des fils de { $type }
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
        [priority-prefix] Priorité devant le nom
        [target-warning] Alerte du staff
        [ratings] Évaluations après fermeture
        [members-open-about] Les membres ouvrent des tickets sur des messages
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
web-sign-in = Se connecter avec Discord
web-sign-out = Se déconnecter
web-home-title = Transcriptions de tickets
web-home-anonymous = Ouvre une transcription depuis son lien.
web-home-sign-in = Ouvre une transcription depuis son lien, ou connecte-toi avec Discord.
web-home-signed-in =
    { $servers ->
        [0] Connecté en tant que { $name }. Tes propres tickets :
       *[other] Connecté en tant que { $name }. Tes propres tickets, et les tickets de tes serveurs :
    }
api-error-no-key = Envoie Authorization: Bearer <key> (une clé de /api-key create).
api-error-bad-key = Cette clé n’est pas valide, ou a été révoquée.
api-error-rate-limited = Trop de requêtes ; ralentis.
api-error-no-ticket = Ce serveur n’a pas ce ticket.
api-error-limit = limit doit être un nombre de 1 à { $most }.
api-error-no-transcript = Ce ticket n’a pas (encore) de transcription enregistrée.
api-error-channel-id = channel_id doit être l’ID d’un salon, sous forme de chaîne de chiffres.
api-error-panel-fields = title, description et button_label sont du texte ; types, une liste de noms.
api-error-too-long = { $field } dépasse { $limit } caractères.
api-error-types = types liste au plus { $most } noms de { $length } caractères maximum.
api-error-no-channel = channel_id doit désigner un salon textuel de ce serveur que le bot voit.
api-error-too-large = Envoie au plus { $most } octets.
api-error-timeout = Envoie le corps en moins de { $seconds } secondes.
api-error-not-object = Envoie un objet JSON.
api-error-internal = Quelque chose s’est mal passé ; identifiant d’erreur { $id }.
audit-detail-web-links-revoked = Tous les liens vers la transcription du ticket { $ticket } créés jusqu’ici cessent de fonctionner (depuis le visualiseur web)
transcript-former-member = un ancien membre
transcript-fact =
    { $fact ->
        [server] Serveur
        [type] Type
        [opened-by] Ouvert par
        [reason] Raison
        [claimed-by] Pris en charge par
        [closed-by] Fermé par
        [close-reason] Raison de la fermeture
       *[duration] Durée
    }
transcript-too-large = La transcription fait { $size } Mio même compressée, plus que la limite d’envoi de Discord de { $limit } Mio, le ticket reste donc ouvert. Sauvegarde la conversation autrement, puis supprime le salon : le ticket sera alors fermé sans transcription.
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
        [opener-id] Auteur (nom ou identifiant)
        [type] Type
        [status] Statut
        [priority] Priorité
        [waiting] En attente de
        [label] Étiquette
        [sort] Tri
        [from] Du
       *[to] Au
    }
web-tickets-any = tous
# Who an open ticket waits for: staff (the opener wrote last) or the opener.
web-tickets-waiting = { $who ->
        [staff] staff
       *[opener] l’auteur
    }
web-tickets-search = Rechercher
web-tickets-column =
    { $column ->
        [ticket] Ticket
        [type] Type
        [opener] Auteur
        [status] Statut
        [priority] Priorité
        [waiting] En attente de
        [labels] Étiquettes
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
web-search-no-such-priority = Cette priorité n’existe pas.
web-search-no-such-waiting = « En attente de » vaut staff ou opener.
web-search-no-such-label = Cette étiquette n’existe pas.



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
cmd-type = type
    .description = Définit les types de ticket et leurs formulaires
cmd-type-create = créer
    .description = Crée un type de ticket
cmd-type-edit = modifier
    .description = Modifie un type de ticket (les options omises restent inchangées)
cmd-type-edit-type = type
    .description = Le type à modifier
cmd-type-edit-name = nom
    .description = Un nouveau nom
cmd-type-option-name = nom
    .description = Affiché sur le bouton ou dans le menu du panneau
cmd-type-option-emoji = emoji
    .description = Un emoji pour le bouton
cmd-type-option-description = description
    .description = Une ligne courte sous l’option du menu
cmd-type-option-staff-role = rôle_staff
    .description = Qui traite ces tickets (par défaut : les rôles staff du serveur)
cmd-type-option-category = catégorie
    .description = Où vont ces tickets (par défaut : la catégorie des tickets du serveur)
cmd-type-option-overflow-category = catégorie_débordement
    .description = Où vont ces tickets quand leur catégorie est pleine
cmd-type-option-max-open = max_ouverts
    .description = Combien de ces tickets un membre peut avoir ouverts à la fois
cmd-type-option-required-role = rôle_requis
    .description = Seuls les membres avec ce rôle peuvent les ouvrir
cmd-type-option-ping-role = rôle_mentionné
    .description = Un rôle mentionné quand un ticket s’ouvre
cmd-type-option-cooldown-minutes = délai_minutes
    .description = Combien de temps un membre attend entre deux de ces tickets
cmd-type-option-naming = noms
    .description = Noms des salons, avec { "{" }number{ "}" }, { "{" }username{ "}" } et { "{" }type{ "}" }
cmd-type-option-welcome = accueil
    .description = Le texte d’accueil, avec { "{" }user{ "}" }, { "{" }type{ "}" }, { "{" }number{ "}" } et { "{" }server{ "}" }
cmd-type-option-hours = horaires
    .description = Quand le staff répond, p. ex. Mon-Fri 09:00-17:00; Sat 10:00-14:00 (always : tout le temps)
cmd-type-option-timezone = fuseau
    .description = Le fuseau horaire des horaires, p. ex. Europe/Paris
cmd-type-option-bypass-role = rôle_hors_horaires
    .description = Les membres avec ce rôle peuvent ouvrir en dehors des horaires
cmd-type-option-claim-mode = mode_prise
    .description = Ce que la prise en charge change pour l’accès du reste du staff (par défaut : celui du serveur)
cmd-type-option-claim-mode-choice-shared = partagé
cmd-type-option-claim-mode-choice-claimer-writes = seul le preneur écrit
cmd-type-option-claim-mode-choice-claimer-only = seul le preneur
cmd-type-option-auto-close-hours = heures_fermeture_auto
    .description = Fermer après autant d’heures sans message (0 : jamais ; par défaut : celui du serveur)
cmd-type-option-auto-close-warning-hours = heures_avertissement
    .description = Avertir l’auteur autant d’heures avant la fermeture (par défaut : celui du serveur)
cmd-type-option-idle-counts = compte_inactivité
    .description = Quels messages le gardent ouvert : ceux de l’auteur ou de tous (par défaut : celui du serveur)
cmd-type-option-idle-counts-choice-opener = l’auteur
cmd-type-option-idle-counts-choice-anyone = n’importe qui
cmd-type-option-confirm-close = confirmer_fermeture
    .description = Si /ticket close demande avant de fermer (par défaut : celui du serveur)
cmd-type-option-thread-channel = salon_fils
    .description = Faire de ces tickets des fils privés dans ce salon textuel au lieu de salons
cmd-type-option-language = langue
    .description = Ce que lisent ces tickets : accueil, avis, transcription (par défaut : la langue du serveur)
cmd-type-option-language-choice-server = celle du serveur
cmd-type-option-language-choice-en = English
cmd-type-option-language-choice-es = Español
cmd-type-option-language-choice-de = Deutsch
cmd-type-option-language-choice-fr = Français
cmd-type-option-language-choice-pt-BR = Português do Brasil
cmd-type-welcome = accueil
    .description = Le message d’accueil d’un type
cmd-type-welcome-type = type
    .description = Le type
cmd-type-welcome-message = message
    .description = Une ligne ; laisse vide pour écrire plusieurs lignes dans un formulaire
cmd-type-welcome-language = langue
    .description = Pour les auteurs dont Discord est dans cette langue (laisse le message vide pour l’enlever)
cmd-type-delete = supprimer
    .description = Supprime un type de ticket qui n’a aucun ticket ouvert
cmd-type-delete-type = type
    .description = Le type à supprimer
cmd-type-list = afficher
    .description = Affiche les types de ticket
cmd-type-question-add = ajouter-question
    .description = Ajoute une question au formulaire d’un type (5 au maximum)
cmd-type-question-add-type = type
    .description = Le type auquel appartient le formulaire
cmd-type-question-add-question = question
    .description = La question, 45 caractères maximum
cmd-type-question-add-style = style
    .description = Une ligne de texte, un paragraphe ou un choix dans une liste
cmd-type-question-add-style-choice-short = ligne courte
cmd-type-question-add-style-choice-paragraph = paragraphe
cmd-type-question-add-style-choice-choice = menu de choix
cmd-type-question-add-style-choice-radio = choix unique
cmd-type-question-add-style-choice-checkboxes = cases à cocher
cmd-type-question-add-style-choice-member = membre
cmd-type-question-add-style-choice-role = rôle
cmd-type-question-add-style-choice-channel = salon
cmd-type-question-add-style-choice-file = fichier
cmd-type-question-add-choices = choix
    .description = Pour un choix : les options, séparées par des virgules
cmd-type-question-add-required = obligatoire
    .description = Si une réponse est nécessaire (par défaut : oui)
cmd-type-question-add-placeholder = indication
    .description = Texte indicatif grisé dans le champ vide
cmd-type-question-add-min-length = longueur_min
    .description = Pour du texte : la réponse la plus courte acceptée
cmd-type-question-add-max-length = longueur_max
    .description = Pour du texte : la réponse la plus longue acceptée (par défaut 1000)
cmd-type-question-add-language = langue
    .description = L’ajouter au formulaire que remplissent les auteurs dont Discord est dans cette langue
cmd-type-question-remove = retirer-question
    .description = Retire une question du formulaire d’un type
cmd-type-question-remove-type = type
    .description = Le type auquel appartient le formulaire
cmd-type-question-remove-number = numéro
    .description = Le numéro de la question, à partir de 1
cmd-type-question-remove-language = langue
    .description = La retirer du formulaire que remplissent les auteurs dont Discord est dans cette langue
cmd-panel = panneau
    .description = Publie et gère les panneaux de tickets
cmd-panel-send = envoyer
    .description = Publie un panneau qui ouvre des tickets
cmd-panel-send-channel = salon
    .description = Où le publier (par défaut : ici)
cmd-panel-send-title = titre
    .description = Le titre du panneau (par défaut : Besoin d’aide ?)
cmd-panel-send-description = description
    .description = Le texte du panneau
cmd-panel-send-button-label = libellé_bouton
    .description = Le libellé du bouton (avec un type, par défaut Créer un ticket), ou le texte du menu
cmd-panel-send-types = types
    .description = Les types de ticket à proposer, séparés par des virgules (par défaut : le premier)
cmd-panel-send-style = style
    .description = Proposer les types en boutons ou en menu déroulant
cmd-panel-send-style-choice-buttons = boutons
cmd-panel-send-style-choice-select = menu déroulant
cmd-panel-edit = modifier
    .description = Modifie un panneau ; son message est modifié sur place
cmd-panel-edit-panel = panneau
    .description = Le panneau (voir /panel list)
cmd-panel-edit-title = titre
    .description = Un nouveau titre
cmd-panel-edit-description = description
    .description = Un nouveau texte
cmd-panel-edit-button-label = libellé_bouton
    .description = Un nouveau libellé de bouton ou texte de menu
cmd-panel-edit-types = types
    .description = Les types de ticket à proposer, séparés par des virgules
cmd-panel-edit-style = style
    .description = Boutons ou menu déroulant
cmd-panel-delete = supprimer
    .description = Supprime un panneau et son message
cmd-panel-delete-panel = panneau
    .description = Le panneau (voir /panel list)
cmd-panel-list = afficher
    .description = Affiche les panneaux, et ceux dont le message a été supprimé
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



## Outils du staff : réponses enregistrées (tags) et notes
error-tag-name-taken = Il existe déjà une réponse enregistrée nommée **{ $name }**. Choisis un autre nom, ou modifie-la avec /tag edit.
tag-too-many = Ce serveur a { $most } réponses enregistrées, le maximum. Supprime-en une avec /tag delete d’abord.
tag-unknown = Aucune réponse enregistrée ne s’appelle **{ $name }**. /tag list les montre toutes.
tag-not-for-type = La réponse enregistrée **{ $name }** n’est pas prévue pour le type de ce ticket.
tag-name-problem = { $problem }
tag-content-length = Une réponse enregistrée contient de 1 à { $most } caractères.
tag-unknown-placeholder = Les réponses enregistrées ne connaissent pas { $placeholder }. Elles peuvent utiliser {"{"}opener{"}"}, {"{"}number{"}"}, {"{"}type{"}"}, {"{"}claimer{"}"} et {"{"}server{"}"}.
tag-sent-footer = -# Réponse enregistrée : { $name }
tag-types = pour { $names }
tag-created = Réponse enregistrée **{ $name }** créée. Envoie-la dans un ticket avec /tag send.
tag-changed = Réponse enregistrée **{ $name }** modifiée.
tag-deleted = Réponse enregistrée **{ $name }** supprimée.
tag-list-title = { $count ->
        [one] { $count } réponse enregistrée
       *[other] { $count } réponses enregistrées
    }
tag-list-empty = Pas encore de réponses enregistrées. Crées-en une avec /tag create.
tag-line = **{ $name }** · { $uses ->
        [one] envoyée { $uses } fois
       *[other] envoyée { $uses } fois
    }
tag-deflection = a résolu { $solved } sur { $offered } avant un ticket ({ $percent } %)
tag-modal-title-new = Nouvelle réponse enregistrée
tag-modal-title-edit = Modifier la réponse enregistrée
tag-modal-name = Nom
tag-modal-content = Texte
tag-modal-placeholders = Remplis à l’envoi : {"{"}opener{"}"} {"{"}number{"}"} {"{"}type{"}"} {"{"}claimer{"}"} {"{"}server{"}"}
tag-modal-types = Types de ticket (facultatif)
tag-modal-types-hint = Noms de types séparés par des virgules ; vide pour tous.
audit-tag-created = Réponse enregistrée créée
audit-tag-changed = Réponse enregistrée modifiée
audit-tag-deleted = Réponse enregistrée supprimée
audit-detail-tag = Réponse enregistrée **{ $name }**
note-length = Une note contient de 1 à { $most } caractères.
note-added = Note conservée. Seul le staff peut la lire, avec /ticket notes.
note-modal-title = Note du staff
note-modal-label = Note (seul le staff la verra)
note-list-title = Notes du staff sur { $label }
note-list-empty = Pas encore de notes sur ce ticket. Ajoutes-en une avec /ticket note.
note-line = { $by }, { $when } :
cmd-tag = réponse
    .description = Réponses enregistrées pour le staff
cmd-tag-send = envoyer
    .description = Envoie une réponse enregistrée dans ce ticket
cmd-tag-send-name = nom
    .description = La réponse enregistrée à envoyer
cmd-tag-create = créer
    .description = Enregistre une réponse que le staff peut envoyer dans les tickets
cmd-tag-create-name = nom
    .description = Ce que le staff tape pour la trouver, p. ex. remboursement
cmd-tag-create-content = texte
    .description = La réponse ; laisse-la vide pour en écrire une longue dans un formulaire
cmd-tag-create-types = types
    .description = Seulement pour ces types de ticket, séparés par des virgules
cmd-tag-edit = modifier
    .description = Modifie une réponse enregistrée
cmd-tag-edit-name = nom
    .description = La réponse enregistrée à modifier
cmd-tag-delete = supprimer
    .description = Supprime une réponse enregistrée
cmd-tag-delete-name = nom
    .description = La réponse enregistrée à supprimer
cmd-tag-list = liste
    .description = Montre les réponses enregistrées de ce serveur
cmd-tag-show = voir
    .description = Montre une réponse enregistrée telle qu’elle est écrite, à toi seul
cmd-tag-show-name = nom
    .description = La réponse enregistrée à montrer
cmd-ticket-note = note
    .description = Garde sur ce ticket une note que seul le staff peut lire
cmd-ticket-note-text = texte
    .description = La note ; laisse-la vide pour en écrire une longue dans un formulaire
cmd-ticket-notes = notes
    .description = Montre les notes du staff sur ce ticket, à toi seul
priority-name = { $priority ->
        [low] 🟢 Basse
        [high] 🟠 Haute
        [urgent] 🔴 Urgente
       *[normal] Normale
    }
welcome-priority = Priorité
priority-already = La priorité de ce ticket est déjà { priority-name }.
priority-raced = Quelqu’un a changé la priorité de ce ticket au même moment ; elle est maintenant { priority-name }.
place-action-priority = afficher la priorité de ce ticket
notice-priority = { $actor } a mis la priorité de ce ticket à { priority-name }.
reply-priority = Le ticket { $label } a maintenant la priorité { priority-name }.
audit-priority-changed = Priorité changée
cmd-ticket-priority = priorité
    .description = Indique à quel point ce ticket est urgent
cmd-ticket-priority-level = niveau
    .description = À quel point il est urgent
cmd-ticket-priority-level-choice-low = basse
cmd-ticket-priority-level-choice-normal = normale
cmd-ticket-priority-level-choice-high = haute
cmd-ticket-priority-level-choice-urgent = urgente
# The section of staff notes that only staff's copies of a transcript carry.
transcript-staff-notes = Notes du staff (seul le staff voit cette section)
transcript-staff-notes-of = Notes du staff sur le ticket { $label }
open-for-bot = { $member } est un bot ; les tickets sont pour des personnes.
open-for-refused = Aucun ticket n’a été ouvert pour { $member } : { $why }
notice-opened-for = { $actor } a ouvert ce ticket pour { $opener }.
audit-ticket-opened-for = Ticket ouvert pour un membre
reply-opened-for = Le ticket { $label } est ouvert pour { $member } : { $place }
cmd-ticket-open-for = ouvrir-pour
    .description = Ouvre un ticket pour un membre, comme s’il l’avait demandé
cmd-ticket-open-for-member = membre
    .description = Pour qui est le ticket
cmd-ticket-open-for-type = type
    .description = Le type de ticket (par défaut : le premier)
cmd-ticket-open-for-reason = raison
    .description = De quoi il s’agit
error-label-name-taken = Il existe déjà une étiquette nommée **{ $name }**.
label-name-problem = { $problem }
label-too-many = Ce serveur a { $most } étiquettes, le maximum. Supprimes-en une avec /label delete d’abord.
label-unknown = Aucune étiquette ne s’appelle **{ $name }**. /label list les montre.
label-already-on = Ce ticket a déjà l’étiquette **{ $name }**.
label-not-on = Ce ticket n’a pas l’étiquette **{ $name }**.
label-created = Étiquette **{ $name }** créée. Le staff la met sur les tickets avec /ticket label add.
label-deleted = Étiquette **{ $name }** supprimée et retirée de tous les tickets.
label-list = { $count ->
        [one] { $count } étiquette
       *[other] { $count } étiquettes
    } : { $labels }
label-list-empty = Pas encore d’étiquettes. Crées-en une avec /label create.
label-put-on = Le ticket { $label } a maintenant l’étiquette **{ $name }**.
label-taken-off = Le ticket { $label } n’a plus l’étiquette **{ $name }**.
audit-label-created = Étiquette créée
audit-label-deleted = Étiquette supprimée
audit-label-added = Étiquette mise sur un ticket
audit-label-removed = Étiquette retirée d’un ticket
audit-detail-label = Étiquette **{ $name }**
cmd-label = étiquette
    .description = Étiquettes pour trier les tickets de ce serveur
cmd-label-create = créer
    .description = Crée une étiquette que le staff peut mettre sur les tickets
cmd-label-create-name = nom
    .description = L’étiquette, p. ex. bug
cmd-label-delete = supprimer
    .description = Supprime une étiquette (elle est retirée de tous les tickets)
cmd-label-delete-name = nom
    .description = L’étiquette à supprimer
cmd-label-list = liste
    .description = Montre les étiquettes de ce serveur
cmd-ticket-label = étiquette
    .description = Les étiquettes de ce ticket
cmd-ticket-label-add = ajouter
    .description = Met une étiquette sur ce ticket
cmd-ticket-label-add-name = nom
    .description = L’étiquette à mettre
cmd-ticket-label-remove = retirer
    .description = Retire une étiquette de ce ticket
cmd-ticket-label-remove-name = nom
    .description = L’étiquette à retirer
menu-open-ticket-about = Ouvrir un ticket à ce sujet
notice-opened-about = { $actor } a ouvert ce ticket pour { $opener } à propos de { $link } :
    { $quote }
cmd-type-option-rating = évaluation
    .description = Si la personne qui a ouvert le ticket est invitée à l’évaluer après sa fermeture (1 à 5 étoiles)
rating-prompt = Comment avons-nous géré le ticket { $label } ? Évalue l’aide que tu as reçue :
rating-thanks = Merci ! Tu as donné { $stars } au ticket { $label }.
rating-stars = Une évaluation va de 1 à { $most } étoiles.
rating-already = Le ticket { $label } est déjà évalué ; une évaluation compte une fois.
rating-comment-already = Le ticket { $label } a déjà un commentaire.
rating-not-yours = Seule la personne qui a ouvert le ticket peut l’évaluer.
rating-not-closed = Le ticket { $label } n’est pas fermé ; il pourra être évalué une fois fermé.
rating-expired = Le ticket { $label } a été fermé il y a plus d’une semaine et ne peut plus être évalué.
rating-modal-title = Ton commentaire
rating-modal-label = Qu’est-ce qui s’est bien passé, ou qui pourrait être mieux ?
button-rate-comment = Ajouter un commentaire
audit-ticket-rated = Ticket évalué
audit-rating-commented = Évaluation commentée
audit-detail-rated = Évalué { $stars } ({ $rating } sur 5)
audit-detail-rating-comment = Commentaire de l’évaluation :
    { $comment }
cmd-type-option-alert-channel = salon_alertes
    .description = Un salon du staff qui reçoit un message en direct par nouveau ticket, avec Prendre en charge
alert-line = { $state ->
        [claimed] 🙋 **{ $label }** · { $type } · { $opener } · pris en charge par { $claimer }
        [closed] 🔒 ~~**{ $label }** · { $type } · { $opener }~~ · fermé
       *[new] 🎫 **{ $label }** · { $type } · { $opener }
    }
deflect-subject = De quoi as-tu besoin ?
deflect-title = Ces réponses peuvent déjà t’aider
deflect-solved = { $name } a résolu le problème
deflect-anyway = Ouvrir le ticket quand même
deflect-your-request = Ta demande
deflect-glad = Ravi que ça ait aidé ! Aucun ticket n’a été ouvert.
cmd-type-answers-first = réponses-dabord
    .description = Propose les réponses enregistrées qui correspondent avant d’ouvrir un ticket de ce type
cmd-type-answers-first-type = type
    .description = Le type de ticket
cmd-type-answers-first-enabled = activé
    .description = Oui ou non
transcript-used-command = { $user } a utilisé une commande
transcript-rating = Évaluation de l’auteur : { $stars }{ $with_comment ->
        [true] {" "}— “{ $comment }”
       *[false] {""}
    }
notice-opened-about-self = { $opener } a ouvert ce ticket à propos de { $link } :
    { $quote }
cmd-config-rating = évaluation
    .description = Si l’auteur d’un ticket l’évalue une fois fermé, pour les types qui ne le disent pas (1 à 5 étoiles)
cmd-config-rating-enabled = activé
    .description = Oui ou non
cmd-config-members-open-about = membres-sur-messages
    .description = Si les membres, pas seulement le staff, peuvent ouvrir un ticket sur un message depuis son menu Apps
cmd-config-members-open-about-enabled = activé
    .description = Oui ou non
discord-reason-priority = Ticket { $label } : priorité dans son nom
priority-name-later = Le nom l’affichera après { $again } : Discord permet deux renommages par dix minutes.
reply-priority-unnamed = { $said } { $why }
cmd-config-priority-prefix = priorité-dans-nom
    .description = Si la priorité d’un ticket s’affiche en emoji devant le nom de son salon ou fil
cmd-config-priority-prefix-enabled = activé
    .description = Oui ou non
web-tickets-sort = { $by ->
        [priority] Les plus urgents d’abord
       *[newest] Les plus récents d’abord
    }
# /stats: a server's figures for a period, for its staff alone.
cmd-stats = statistiques
    .description = Rapidité de réponse et de fermeture, évaluations, objectifs manqués et tickets en attente
cmd-stats-days = jours
    .description = La période : les 7, 30, 90 ou 365 derniers jours
cmd-stats-days-choice-7 = 7 derniers jours
cmd-stats-days-choice-30 = 30 derniers jours
cmd-stats-days-choice-90 = 90 derniers jours
cmd-stats-days-choice-365 = 365 derniers jours
cmd-stats-type = type
    .description = Seulement les tickets de ce type
cmd-stats-staff = staff
    .description = Seuls les tickets où ce membre du staff a répondu en premier, ou qu’il a pris en charge ou fermés
stats-title = Statistiques des tickets : les { $days } derniers jours
# Under the title when /stats was narrowed to one type. $name: the type's name.
stats-only-type = Type : { $name }
stats-note = Les temps ne comptent que les heures ouvrées de chaque type ; le temps réel est entre parenthèses. Les chiffres peuvent dater d’une minute.
stats-field = { $field ->
        [tickets] Tickets
        [first-response] Première réponse
        [resolution] Résolution
        [quality] Qualité
        [targets] Objectifs manqués
        [backlog] Ouverts maintenant
       *[staff] Staff
    }
stats-tickets = { $opened } ouverts · { $closed } fermés · { $claimed } pris en charge
# Business time, then wall-clock time. $median, $p90: durations such as 1d 2h 3m; $count: how many tickets.
stats-times = médiane { $median }, 90 % en moins de { $p90 }
    ({ $wall_median }, { $wall_p90 } en temps réel ; { $count } tickets)
stats-none = aucun pour l’instant
# $reopened: a percentage or —; $messages: a number or —; $rating: an average such as 4.5, or —.
stats-quality = Rouverts : { $reopened } % · Messages par ticket : { $messages } · Note : { $rating } ★ ({ $ratings ->
        [one] 1 évaluation
       *[other] { $ratings } évaluations
    }) · Résolus par les réponses enregistrées avant un ticket : { $deflected } (depuis le début)
stats-targets = { $response } premières réponses · { $resolution } résolutions
stats-backlog = { $total } ouverts : { $day } de moins d’un jour · { $days } de 1–3 jours · { $week } de 3–7 jours · { $older } plus anciens
    En attente du staff : { $staff } · de l’auteur : { $opener }
# One staff member's line. $member: a mention; $median: their median first response (or —).
stats-staff-line = { $member } : { $answers } premières réponses ({ $median }) · { $claimed } pris en charge · { $closed } fermés
# Response targets.
cmd-type-targets = objectifs
    .description = Objectifs en heures ouvrées du type : première réponse du staff et fermeture (0 : aucun)
cmd-type-targets-type = type
    .description = Le type de ticket
cmd-type-targets-first-response = première-réponse
    .description = Minutes ouvrées jusqu’à la première réponse du staff (0 : aucun objectif)
cmd-type-targets-resolution = résolution
    .description = Heures ouvrées jusqu’à la fermeture (0 : aucun objectif)
cmd-config-target-warning = alerte-objectif
    .description = Part d’un objectif de réponse qu’un ticket consomme avant que le staff soit alerté
cmd-config-target-warning-percent = pourcentage
    .description = Un pourcentage, de 50 à 95
# $response, $resolution: durations such as 2h, or "none".
type-list-targets = Objectifs (heures ouvrées) : première réponse en { $response }, fermeture en { $resolution }
settings-target-warning = à { $percent } % d’un objectif
# Posted for staff in the type's alert channel (else the log channel). $ticket: a channel mention; $label: #0042;
# $type: the type's name; $target, $elapsed: durations of opening hours such as 1h 30m.
target-alert = { $kind ->
        [response_warned_at] ⏳ { $ticket } ({ $label }, { $type }) attend une première réponse depuis { $elapsed } en heures ouvrées ; l’objectif est { $target }.
        [response_breached_at] 🚨 { $ticket } ({ $label }, { $type }) a manqué son objectif de première réponse de { $target }.
        [resolution_warned_at] ⏳ { $ticket } ({ $label }, { $type }) est ouvert depuis { $elapsed } en heures ouvrées ; l’objectif pour le fermer est { $target }.
       *[resolution_breached_at] 🚨 { $ticket } ({ $label }, { $type }) a manqué son objectif de résolution de { $target }.
    }
# The HTTP API's answers to a wrong statistics query. $choices: "7, 30, 90, 365".
api-error-days = days doit valoir l’une de ces valeurs : { $choices }.
api-error-stats-type = type doit être l’ID d’un des types de ticket de ce serveur.
api-error-stats-staff = staff doit être l’ID d’un membre, sous forme de chaîne de chiffres.
# The viewer's statistics page. $server: the server's name.
web-stats-title = Statistiques — { $server }
web-stats-link = Statistiques
web-stats-tickets-link = Tickets
web-stats-csv = Télécharger en CSV
web-stats-period = Période
web-stats-show = Afficher
web-stats-chart = { $chart ->
        [tickets] Tickets par semaine
       *[response] Médiane de la première réponse par semaine, en heures ouvrées
    }
# The series of the weekly charts.
web-stats-series = { $series ->
        [opened] ouverts
        [closed] fermés
       *[response] première réponse
    }
web-stats-by = { $group ->
        [type] Par type
       *[staff] Par membre du staff
    }
web-stats-column = { $column ->
        [type] Type
        [opened] Ouverts
        [closed] Fermés
        [first-response] Médiane de première réponse
        [resolution] Médiane de résolution
        [missed] Objectifs manqués
        [staff] Membre du staff
        [answers] Premières réponses
        [claimed] Pris en charge
       *[rating] Note
    }
# The viewer's "My tickets" page: a member's own tickets on the servers they share with the bot.
web-mine-title = Mes tickets
web-mine-none = Tu n’as aucun ticket sur les serveurs que tu partages avec ce bot.
web-mine-column =
    { $column ->
        [server] Serveur
        [ticket] Ticket
        [type] Type
        [status] Statut
        [opened] Ouvert
        [closed] Fermé
       *[reopen] {""}
    }
# The link to the site's home page, at the top of every page.
web-nav-home = Accueil
web-not-found = Il n’y a rien à cette adresse.
    .title = Page introuvable
# On "My tickets", for an archived ticket; and what the member, then staff, are told.
web-mine-reopen = Demander au staff de le rouvrir
web-reopen-asked = Le staff a été prié de rouvrir { $label }. Il verra ta demande dans son salon.
    .title = Demande envoyée
web-reopen-not-asked = La demande n’a pas été envoyée : reconnecte-toi et réessaie depuis Mes tickets.
    .title = Non envoyée
# Posted for staff, with the ticket's Reopen button. $member: a mention; $label: #0042; $type: the type's name.
reopen-asked = 🔁 { $member } demande la réouverture de { $label } ({ $type }).
reopen-ask-not-archived = Seul un ticket archivé peut être rouvert, et { $label } ne l’est pas.
reopen-ask-too-soon = Le staff a déjà été prié aujourd’hui de rouvrir { $label }.
reopen-ask-nowhere = Ce serveur n’a aucun salon où le staff verrait la demande ; demande-le-lui sur Discord.
reopen-ask-refused = Discord a refusé de publier la demande ; réessaie plus tard.
web-unavailable = La base de données est indisponible pour le moment. Réessaie dans un instant.
    .title = Indisponible

## The dashboard (web.dashboard): where people who manage a server set the bot up from a browser.

# A dashboard change in the audit log: the command's own words, then where it was made. $details: those words.
audit-detail-via-dashboard = { $details } (via le tableau de bord)
web-dash-not-yours = Seules les personnes qui gèrent ce serveur (Gérer le serveur) peuvent ouvrir son tableau de bord, et le bot doit être sur le serveur.
    .title = Pas votre tableau de bord
web-dash-forged = Cette modification ne vient pas d'une page de ce site, elle n'a donc pas été faite. Rechargez la page et réessayez.
    .title = Modification refusée
# The dashboard's own navigation (its aria-label).
web-dash-sections = Serveur
# A section of a server's pages. $section: tickets, stats, settings, types, panels, tags, labels, blacklist or keys.
web-dash-section =
    { $section ->
        [tickets] Tickets
        [stats] Statistiques
        [settings] Paramètres
        [types] Types de ticket
        [panels] Panneaux
        [tags] Réponses enregistrées
        [labels] Étiquettes
        [blacklist] Liste noire
       *[keys] Clés d'API
    }
# What was just saved. $what: setup, settings, created, changed, deleted or posted.
web-dash-saved =
    { $what ->
        [setup] Configuration enregistrée.
        [settings] Paramètres enregistrés.
        [created] Type de ticket créé.
        [deleted] Supprimé.
        [posted] Panneau publié.
       *[changed] Modifications enregistrées.
    }
# A group of settings on a form. $group: its name.
web-dash-group =
    { $group ->
        [setup] Équipe, catégorie et journal
        [opening] Ouverture des tickets
        [handling] Traitement des tickets
        [closing] Fermeture des tickets
        [basics] Nom et langue
        [who] Qui ouvre, qui répond
        [where] Où vont les tickets
        [when] Horaires et objectifs
        [welcome] Message d'accueil
       *[panel] Panneau
    }
# A setting's name on a form. $field: the setting.
web-dash-field =
    { $field ->
        [max_open_tickets] Tickets ouverts par membre
        [channel_name_template] Modèle de nom de salon
        [members_open_about] Les membres peuvent ouvrir un ticket à propos d'un message
        [welcome_message] Message d'accueil
        [language] Langue
        [claim_mode] Mode de prise en charge
        [priority_prefix] Emoji de priorité avant le nom
        [target_warning_percent] Alerter l'équipe à cette part d'un objectif (%)
        [auto_close_hours] Fermeture automatique après (heures)
        [auto_close_warning_hours] Prévenir avant la fermeture (heures)
        [idle_counts] Calme signifie aucun message de
        [confirm_close] Confirmer /ticket close
        [ask_rating] Demander une note aux auteurs
        [on_opener_leave] Quand l'auteur part
        [staff_role_ids] Rôles de l'équipe
        [ticket_category_id] Catégorie des tickets
        [log_channel_id] Salon de journal
        [close_action] Les tickets fermés sont
        [archive_category_id] Catégorie d'archive
        [overflow_category_id] Catégorie de débordement
        [name] Nom
        [emoji] Emoji
        [description] Description
        [required_role_ids] Rôles requis pour ouvrir
        [bypass_role_ids] Rôles qui ouvrent hors horaires
        [ping_role_ids] Rôles mentionnés à l'ouverture
        [max_open] Tickets ouverts par membre
        [cooldown_seconds] Délai entre deux tickets (minutes)
        [category_id] Catégorie
        [thread_channel_id] Fils privés dans le salon
        [alert_channel_id] Salon d'alerte de l'équipe
        [hours] Horaires d'ouverture
        [timezone] Fuseau horaire
        [response_target_minutes] Objectif de première réponse (minutes)
        [resolution_target_minutes] Objectif de résolution (heures)
        [deflect] Proposer d'abord les réponses enregistrées
        [channel_id] Salon
        [title] Titre
        [button_label] Texte du bouton
        [style] Style
        [label] Question
        [required] Obligatoire
        [placeholder] Texte indicatif
        [min_length] Réponse la plus courte
        [max_length] Réponse la plus longue
        [choices] Choix (séparés par des virgules)
       *[blocked_role] Rôle
    }
# An empty optional choice: the server's setting (or the default) stands.
web-dash-default = Par défaut
web-dash-required = { $field } : ce champ est obligatoire.
web-dash-length = { $field } : { $most } caractères au plus.
web-dash-range = { $field } : saisissez un nombre de { $least } à { $most }.
web-dash-choice = { $field } : choisissez une des options proposées.
web-dash-channel-gone = { $field } : ce salon n'existe plus ou n'est pas du bon type ; choisissez-en un autre.
web-dash-member-unknown = Aucun membre de ce serveur n'a cet identifiant.
web-dash-set-up-first = Enregistrez d'abord la configuration ci-dessus ; les autres paramètres suivent.
web-dash-save = Enregistrer
web-dash-post = Publier
web-dash-preview = Aperçu
web-dash-new-type = Nouveau type de ticket
web-dash-types-none = Aucun type de ticket pour l'instant.
# A column of a dashboard list. $column: its name.
web-dash-column =
    { $column ->
        [name] Nom
        [questions] Questions
        [staff] Rôles de l'équipe
        [description] Description
        [panel] Panneau
        [channel] Salon
        [offers] Types de ticket proposés
        [state] Message
        [types] Pour les types de ticket
        [text] Texte
       *[made-by] Créée par
    }
web-dash-form = Formulaire
web-dash-form-help = Les membres répondent à ces questions en ouvrant un ticket (cinq au plus). Remplissez une ligne vide pour en ajouter une, changez les numéros pour les réordonner, cochez Retirer pour en enlever une.
web-dash-form-none = Aucune question : le ticket s'ouvre aussitôt.
# A row of the form editor. $number: its place.
web-dash-question = Question { $number }
web-dash-position = Position
web-dash-remove = Retirer
# The buttons of Discord's form window, in the preview. $button: cancel or submit.
web-dash-modal =
    { $button ->
        [cancel] Annuler
       *[submit] Envoyer
    }
web-dash-delete-type = Supprimer ce type de ticket
# Before the links to a type's welcome and form in each language.
web-dash-variants = Accueil et formulaire pour les auteurs qui lisent :
# The link back to a type's own settings, from one language's welcome and form.
web-dash-variant-own = ceux du type
web-dash-variant-help = Les auteurs dont Discord est dans cette langue reçoivent cet accueil et ce formulaire ; laissés vides, ils reçoivent ceux du type.
web-dash-new-panel = Nouveau panneau
web-dash-panels-none = Aucun panneau pour l'instant.
web-dash-panel-gone = Message disparu : publiez-le à nouveau ou supprimez-le
web-dash-panel-posted = Publié
web-dash-panel-types = Les types que propose ce panneau ; aucun : le premier type du serveur, derrière un seul bouton.
# The tag Discord shows beside a bot's name.
web-dash-app = APP
web-dash-delete-panel = Supprimer ce panneau
web-dash-blacklist-none = Personne n'est sur la liste noire.
web-dash-block = Mettre sur la liste noire
web-dash-block-member = Ou un membre, par identifiant
web-dash-unblock = Retirer
web-dash-keys-none = Aucune clé d'API.
web-dash-key-create = Créer une clé
web-dash-key-revoke = Révoquer
web-dash-key-once = Voici la nouvelle clé. Copiez-la maintenant : elle n'est affichée que cette fois.
web-dash-delete = Supprimer
web-dash-tag-new = Nouvelle réponse enregistrée
web-dash-tag-types = Aucun choisi : pour tous les types de ticket.
# How often staff sent a saved reply. $uses: the count.
web-dash-tag-uses =
    { $uses ->
        [one] Envoyée une fois
       *[other] Envoyée { $uses } fois
    }
web-dash-labels-none = Aucune étiquette pour l'instant.
web-dash-label-new = Créer une étiquette
# The link from a server's ticket list to its dashboard.
web-dash-link = Paramètres
# No member of the server has a name that starts with what was typed as the opener. $name: what was typed.
web-search-no-such-opener = Aucun membre n’a un nom commençant par « { $name } ».
# Before the members whose names start with what was typed, each a link to their tickets.
web-search-openers = Quel auteur ?

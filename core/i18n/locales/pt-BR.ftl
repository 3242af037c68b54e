# pt-BR. Translate from en.ftl; a key missing here falls back to English.
# Fluent syntax: https://projectfluent.org/fluent/guide/

## Shared

# An audit entry stored before the catalogs existed: its English, shown as it was written.
stored-prose = { $text }

## Errors

error-configuration = O bot não está configurado corretamente. Os admins podem ver o motivo no log dele.
error-database = O banco de dados está indisponível agora. Tente de novo daqui a pouco.
error-restarting = O bot está reiniciando. Tente de novo daqui a pouco.
error-discord-refused = O Discord recusou meu pedido ({ $status }). Tente de novo daqui a pouco.
error-missing-permission = Você precisa da permissão { $permissions } para isso.
error-server-only = Isso só funciona dentro de um servidor.
error-not-a-member = Essa pessoa não está (mais) neste servidor.
error-rate-limited = O Discord pede que eu espere antes de fazer isso aqui; tente de novo { $again }.
error-not-in-ticket = Use isso dentro do canal de um ticket.
error-check-failed = Você não pode usar isso aqui.
error-unexpected = Algo deu errado do meu lado. Se continuar acontecendo, passe este código de erro para os admins: `{ $id }`.
error-not-configured = Os tickets ainda não foram configurados neste servidor. Um admin precisa usar `/setup`.
error-ticket-limit = { $scope ->
        [named] { $limit ->
            [one] Você já tem um ticket de { $type } aberto.
           *[other] Você já tem { $limit } tickets de { $type } abertos.
        }
        [type] { $limit ->
            [one] Você já tem um ticket aberto deste tipo.
           *[other] Você já tem { $limit } tickets abertos deste tipo.
        }
       *[server] { $limit ->
            [one] Você já tem um ticket aberto.
           *[other] Você já tem { $limit } tickets abertos.
        }
    } Feche um antes de abrir outro.
error-type-name-taken = Já existe um tipo de ticket chamado “{ $name }”.
error-ticket-not-pending = O ticket { $ticket_id } não está esperando um canal.

## Tickets

welcome-default = Valeu por entrar em contato! Descreva seu problema e alguém da staff vai te atender em breve.
welcome-title = Ticket { $label }
welcome-title-typed = { $type } · Ticket { $label }
welcome-opened-by = Aberto por
welcome-reason = Motivo
welcome-claimed-by = Assumido por
welcome-no-reason = Nenhum motivo informado
welcome-footer = Clique em Fechar quando seu problema for resolvido.
join-notice = Novo ticket de { $type } { $label } de { $opener }: { $place }. Entre para participar.
notice-claimed = { $actor } assumiu este ticket e vai cuidar dele.
notice-transferred = { $actor } passou este ticket para { $claimer }.
notice-unclaimed = { $actor } liberou este ticket.
notice-unclaimed-held = { $actor } liberou este ticket (estava com { $held }).
notice-member-added = { $actor } adicionou { $member } a este ticket.
notice-member-removed = { $actor } removeu { $member } deste ticket.
notice-close-requested = { $opener }, { $actor } gostaria de fechar este ticket{ $with_reason ->
        [true] : { $reason }
       *[other] .
    }{ $with_due ->
        [true] {"\u000A"}Ele fecha sozinho { $due }, a não ser que você o mantenha aberto.
       *[other] {""}
    }
notice-idle-warning = { $opener }, este ticket { $by_opener ->
        [true] está há um tempo sem mensagens suas
       *[other] está parado há um tempo
    } e vai fechar sozinho { $due }. Escreva qualquer coisa aqui para mantê-lo aberto.
close-summary-title = Ticket { $label } fechado
close-summary-server = Servidor
close-summary-closed-by = Fechado por
close-summary-opened = Aberto em
close-summary-closed = Fechado em
close-summary-duration = Duração
close-summary-participants = Participantes
close-summary-messages = Mensagens
close-summary-no-transcript = sem transcrição
close-summary-transcript = Transcrição
close-summary-transcript-link = [Leia no navegador]({ $link }) (o link funciona por tempo limitado)
audit-by = por { $actor }
audit-author = { $heading } · { $label }
ticket-not-a-ticket = Este canal não é um ticket.
ticket-server-gone = Esse ticket é de um servidor em que eu não estou.
ticket-place-gone = O canal do ticket { $label } não existe mais.
ticket-still-opening = O ticket { $label } ainda está sendo aberto; tente de novo daqui a pouco.
ticket-already-closing = O ticket { $label } já está sendo fechado.
ticket-closed = O ticket { $label } está fechado.
refusal-staff-only = { $action ->
        [add-members] Só a staff pode adicionar membros aos tickets.
        [remove-members] Só a staff pode remover membros dos tickets.
        [join] Só a staff pode entrar nos tickets.
        [claim] Só a staff pode assumir tickets.
        [transfer] Só a staff pode transferir tickets.
        [auto-close] Só a staff pode mudar o fechamento automático.
        [rename] Só a staff pode renomear tickets.
        [move] Só a staff pode mover tickets.
        [request-close] Só a staff pode pedir para fechar tickets.
        [reopen] Só a staff pode reabrir tickets.
        [tags] Só a staff pode usar respostas salvas.
        [labels] Só a staff pode etiquetar tickets.
        [open-for] Só a staff desse tipo pode abrir tickets para outros.
        [priority] Só a staff pode mudar a prioridade de um ticket.
        [notes] Só a staff pode ler e escrever notas.
        [stats] Só a staff pode ver as estatísticas.
       *[other] Só a staff pode fazer isso.
    }
refusal-close = Só quem abriu este ticket, ou a staff, pode fechá-lo.
staff-role-everyone = @everyone não pode ser um cargo de staff: qualquer membro poderia ler e fechar todos os tickets.
staff-role-managed = { $role } é gerenciado por uma integração (um bot ou uma assinatura), então não é você quem escolhe os membros dele; escolha um cargo que você mesmo atribui.
staff-role-above-bot = { $role } está na mesma posição ou acima do meu cargo mais alto, então não consigo gerenciá-lo. Coloque meu cargo acima dele em Configurações do servidor → Cargos, ou escolha outro cargo.
limit-out-of-range = O limite precisa ficar entre { $low } e { $high } tickets abertos por membro.
place-refused = O Discord não me deixou { $action }: está faltando uma permissão lá.
place-failed = O Discord falhou quando tentei { $action } ({ $status }). Tente de novo.
place-category-full = { $count ->
        [0] A categoria de tickets está cheia
        [one] A categoria { $categories } está cheia
       *[other] As categorias { $categories } estão cheias
    } (o Discord permite 50 canais por categoria), então nenhum ticket pode ser aberto agora. Feche alguns tickets lá ou peça a um admin para adicionar uma categoria extra (`/setup` ou `/type edit`).
place-server-full = Este servidor chegou ao limite do Discord de 500 canais, então não dá para criar nenhum canal.
place-action-grant = dar acesso a este ticket para { $member }
place-action-join = adicionar você a este ticket
place-action-revoke = remover { $member } deste ticket
place-action-create = criar o canal do ticket
place-action-welcome = dar as boas-vindas a você no canal do ticket
place-action-claim = mudar quem pode trabalhar neste ticket
place-action-rename = renomear este ticket
place-action-move = mover este ticket
place-action-retire = excluir ou arquivar o canal deste ticket
place-action-retire-closed = excluir ou arquivar o canal deste ticket; o ticket está fechado
place-action-reopen = reabrir este ticket
place-action-read = ler as mensagens deste ticket para a transcrição
place-action-post-transcript = publicar a transcrição no canal de logs
place-action-stays-open = { $step }; o ticket continua aberto
claim-already-yours = Você já assumiu este ticket. `/ticket unclaim` o libera.
claim-already-taken = { $claimer } já assumiu este ticket.
claim-none = Ninguém assumiu este ticket.
claim-transfer-not-staff = { $member } não é da staff deste ticket, então ele não pode ficar com essa pessoa.
claim-transfer-same = { $member } já está com este ticket.
claim-held = { $claimer } assumiu este ticket; só essa pessoa ou um admin pode mudar isso.
claim-raced = { $known ->
        [true] { $claimer } mudou
       *[other] alguém mudou
    } quem assumiu este ticket um instante antes de você; tente de novo.
close-request-own = Este ticket é seu: feche-o com `/ticket close`.
close-request-opener-only = Só quem abriu este ticket pode responder ao pedido de fechamento.
close-request-answered = Este pedido de fechamento já foi respondido.
notice-kept-open = { $actor } manteve este ticket aberto.
audit-detail-close-requested = { $with_reason ->
        [true] { $actor } pediu para fechar este ticket ({ $reason })
       *[other] { $actor } pediu para fechar este ticket
    }
close-reason-no-answer = { $with_reason ->
        [true] Sem resposta ao pedido de fechamento: { $reason }
       *[other] Sem resposta ao pedido de fechamento
    }
rename-empty = O nome do canal precisa de pelo menos uma letra ou um número.
rename-same = O canal já se chama #{ $name }.
rename-rate-limited = O Discord permite renomear um canal duas vezes a cada dez minutos; este poderá ser renomeado de novo { $again }.
notice-renamed = { $actor } renomeou este ticket para #{ $name }.
move-same = O ticket { $label } já é do tipo { $type }.
ticket-changed-meanwhile = O ticket { $label } mudou nesse meio-tempo; tente de novo.
notice-moved = { $had_type ->
        [true] { $actor } moveu este ticket de { $before } para { $type }.
       *[other] { $actor } moveu este ticket para { $type }.
    }
discord-reason-renamed = Ticket { $label } renomeado
notice-auto-close = { $enabled ->
        [true] { $actor } fez este ticket voltar a fechar por inatividade.
       *[other] { $actor } fez este ticket não fechar por inatividade.
    }
close-reason-idle = { $unit ->
        [minutes] { $amount ->
            [one] Sem atividade por { $amount } minuto
           *[other] Sem atividade por { $amount } minutos
        }
       *[hours] { $amount ->
            [one] Sem atividade por { $amount } hora
           *[other] Sem atividade por { $amount } horas
        }
    }
member-bot = Não dá para adicionar bots aos tickets.
member-already-in = { $member } já está neste ticket.
member-remove-opener = Quem abriu o ticket não pode ser removido. Feche o ticket em vez disso.
member-remove-staff = { $member } é da staff, então o cargo dá acesso a todos os tickets. Tire o cargo de staff dessa pessoa para removê-la.
member-not-in = { $member } não está neste ticket.
join-sees-already = Você já vê o ticket { $label }: { $place }.
join-in-already = Você já está no ticket { $label }: { $place }.
notice-joined = { $member } entrou neste ticket.
notice-opener-left = { $opener } saiu do servidor. O ticket continua aberto; feche quando terminar.
discord-reason-added = Adicionado ao ticket { $label } por { $actor }
discord-reason-joined = Entrou no ticket { $label }
discord-reason-removed = Removido do ticket { $label } por { $actor }
ticket-type-default = Suporte
open-type-gone = Esse tipo de ticket não existe mais. Peça a um admin para atualizar o painel.
open-cooldown = Você acabou de abrir um ticket de { $type }. Vai poder abrir outro { $again }.
discord-reason-open-failed = Não foi possível abrir o ticket { $label }
discord-reason-withdrawn = Ticket { $label } retirado
audit-detail-opened = { $with_reason ->
        [true] { $opener } abriu { $place }: { $reason }
       *[other] { $opener } abriu { $place }
    }{ $resumed ->
        [true] {"\u000A"}(concluído após uma interrupção)
       *[other] {""}
    }
notice-closed-by-bot = Ticket { $label } fechado: { $reason }.
close-open-again = O ticket { $label } está aberto de novo; feche outra vez se ele precisar ser fechado.
close-log-channel-gone = O canal de logs não existe mais, então a transcrição não pode ser salva. O ticket continua aberto; um admin precisa usar `/setup` de novo.
close-transcript-held = A transcrição do ticket { $label } não foi publicada aqui: todo mundo pode ler { $channel }. Ela está guardada. Um admin precisa negar Ver canal para @everyone aqui (e permitir para o cargo de staff); o `/doctor` verifica isso.
close-reason-channel-deleted = Canal excluído fora do bot
close-reason-thread-deleted = Tópico excluído fora do bot
close-reason-thread-channel-deleted = Canal dos tópicos excluído fora do bot
close-reason-opener-left = Quem abriu saiu do servidor
audit-detail-closed = { $archived ->
        [true] { $with_reason ->
            [true] Ticket { $label } de { $opener } arquivado: { $reason }
           *[other] Ticket { $label } de { $opener } arquivado: nenhum motivo informado
        }
       *[other] { $with_reason ->
            [true] Ticket { $label } de { $opener } fechado: { $reason }
           *[other] Ticket { $label } de { $opener } fechado: nenhum motivo informado
        }
    }
audit-detail-retire-refused = { $known ->
        [true] O ticket { $label } de { $opener } está fechado e a transcrição foi salva, mas { $place } ainda existe: { $why } Continuo tentando; `/ticket close` lá tenta de novo na hora.
       *[other] O ticket { $label } de { $opener } está fechado e a transcrição foi salva, mas o canal dele ainda existe: { $why } Continuo tentando; `/ticket close` lá tenta de novo na hora.
    }
reopen-limit = { $per_type ->
        [true] { $limit ->
            [one] { $opener } já tem { $limit } ticket aberto, o máximo para este tipo; é preciso fechar um antes.
           *[other] { $opener } já tem { $limit } tickets abertos, o máximo para este tipo; é preciso fechar um antes.
        }
       *[other] { $limit ->
            [one] { $opener } já tem { $limit } ticket aberto, o máximo permitido; é preciso fechar um antes.
           *[other] { $opener } já tem { $limit } tickets abertos, o máximo permitido; é preciso fechar um antes.
        }
    }
reopen-raced = O ticket { $label } acabou de ser reaberto.
reopen-is-open = O ticket { $label } está aberto.
reopen-is-closing = O ticket { $label } está sendo fechado; reabra quando ele estiver arquivado.
reopen-place-deleted = O canal do ticket { $label } foi excluído, então ele não pode ser reaberto; abra um ticket novo.
reopen-not-archived = O ticket { $label } foi fechado sem arquivar o canal, então não pode ser reaberto.
notice-reopened = { $actor } reabriu este ticket.
audit-detail-reopen-undone = Não foi possível reabrir o ticket { $label }: { $why }
discord-reason-unknown-channel = Canal de ticket que nenhum registro conhece (perdido numa falha)
close-reason-missing-at-start = Canal não encontrado na inicialização
audit-detail-recovery-stuck = { $closing ->
        [true] { $known ->
            [true] Não consegui terminar de fechar o ticket { $label } de { $opener } em { $place }: { $why }
           *[other] Não consegui terminar de fechar o ticket { $label } de { $opener } no canal dele: { $why }
        }
       *[other] { $known ->
            [true] Não consegui terminar de abrir o ticket { $label } de { $opener } em { $place }: { $why }
           *[other] Não consegui terminar de abrir o ticket { $label } de { $opener } no canal dele: { $why }
        }
    }{"\u000A"}Continuo tentando; confira minhas permissões lá.
permissions-missing-in = { $permissions } em { $channel }
permissions-missing-list = { $first }; { $rest }
permissions-missing = Estão faltando permissões: { $problems }. Dê essas permissões ao meu cargo e use o comando de novo.
place-ticket-category-gone = A categoria de tickets não existe mais. Um admin precisa usar `/setup` de novo.
place-ticket-category-full = A categoria de tickets **{ $category }** está cheia (o Discord permite 50 canais por categoria); feche alguns tickets antes.
place-categories-full = Todas as categorias de tickets estão cheias e este servidor tem { $channels } canais, perto do limite do Discord de { $limit }, então nenhum ticket pode ser aberto agora. Feche alguns tickets ou exclua canais sem uso.
place-archive-gone-stays-open = A categoria de arquivo não existe mais, então o ticket continua aberto. Um admin precisa usar `/setup` de novo.
place-archive-gone = A categoria de arquivo não existe mais. Um admin precisa usar `/setup` de novo.
place-archive-full = A categoria de arquivo **{ $category }** está cheia (o Discord permite 50 canais por categoria), então o ticket continua aberto. Um admin pode excluir tickets arquivados antigos lá ou escolher outra categoria de arquivo com `/setup`.
place-thread-channel-gone = O canal dos tickets em tópico não existe mais. Um admin precisa escolher outro com `/type edit thread_channel`.
place-thread-channel-hidden = Tickets deste tipo são criados como tópicos em { $channel }, onde você não pode ver ou escrever. Peça à equipe do servidor para liberar seu acesso ou escolher outro canal com `/type edit thread_channel`.
place-thread-move = Um ticket em tópico só pode ser movido para um tipo cujos tickets sejam tópicos no mesmo canal.
discord-reason-opened = Ticket { $label } aberto por { $opener }
discord-reason-opened-resumed = Ticket { $label } aberto após uma interrupção
discord-reason-opener-gone = Não foi possível abrir o ticket { $label }: quem abriu saiu
discord-reason-categories-full = Todas as categorias de tickets estão cheias (50 canais cada)
discord-reason-closed = Ticket { $label } fechado
discord-reason-archived = Ticket { $label } arquivado
discord-reason-reopened = Ticket { $label } reaberto
discord-reason-claim = Mudou quem assumiu o ticket
discord-reason-moved = Ticket { $label } movido para outro tipo
discord-reason-synced = Ticket ajustado ao seu registro
form-prompt = Tickets de **{ $type }** começam com algumas perguntas.
reply-opened = Seu ticket { $label } está aberto: { $place }
reply-retire-refused = O ticket { $label } está fechado e a transcrição foi salva, mas o canal dele ainda existe: { $why } Depois de resolver isso, `/ticket close` nesse canal termina o fechamento.
reply-kept-open = O ticket { $label } continua aberto.
reply-close-requested = Perguntamos a quem abriu o { $label } se ele pode ser fechado.
reply-closed = { $archived ->
        [true] Ticket { $label } arquivado.
       *[other] Ticket { $label } fechado.
    }{ $copy ->
        [sent] {" "}Quem abriu recebeu uma cópia da transcrição.
        [refused] {" "}Quem abriu não aceita mensagens diretas, então nenhuma cópia foi enviada.
        [failed] {" "}O Discord não conseguiu entregar a cópia da transcrição para quem abriu.
       *[none] {""}
    }{ $held ->
        [true] {" "}Todo mundo pode ler o canal de logs, então a transcrição foi salva, mas não publicada lá.
       *[other] {""}
    }
notice-closed = { $with_reason ->
        [true] O ticket { $label } foi fechado por { $closer }: { $reason }.
       *[other] O ticket { $label } foi fechado por { $closer }: nenhum motivo informado.
    }{ $with_transcript ->
        [true] {"\u000A"}A transcrição está salva: { $transcript }
       *[other] {""}
    }{"\u000A"}{ $archived ->
        [true] Este canal foi arquivado como somente leitura.
       *[other] { $seconds ->
            [one] Este canal será excluído em { $seconds } segundo.
           *[other] Este canal será excluído em { $seconds } segundos.
        }
    }
reply-reopened = O ticket { $label } está aberto de novo.
reply-renamed = Agora o ticket se chama #{ $name }.
reply-moved = Ticket { $label } movido; agora ele está com a staff do novo tipo.
reply-joined = Você entrou no ticket { $label }: { $place }.
reply-claimed = Você assumiu o ticket { $label }.
reply-unclaimed = O ticket { $label } não está mais assumido por ninguém.
reply-transferred = Agora o ticket { $label } está com { $member }.
reply-auto-close = { $enabled ->
        [true] O ticket { $label } volta a fechar por inatividade, contando a partir de agora.
       *[other] O ticket { $label } não vai fechar por inatividade.
    }
reply-member-added = { $member } agora tem acesso a este ticket.
reply-member-removed = { $member } não tem mais acesso a este ticket.
welcome-edit-denied = Só membros com Gerenciar servidor podem mudar as mensagens de boas-vindas.
welcome-saved-server = A mensagem de boas-vindas do servidor foi salva.
welcome-type-gone = Esse tipo de ticket foi excluído nesse meio-tempo.
welcome-saved-type = A mensagem de boas-vindas de { $type } foi salva.
button-close = Fechar
button-claim = Assumir
button-form = Responder às perguntas
button-accept-close = Pode fechar
button-keep-open = Manter aberto
button-reopen = Reabrir
button-join = Entrar
close-modal-title = Fechar este ticket?
close-modal-reason = Motivo (opcional)
close-confirm = Clique em Fechar para confirmar o fechamento do ticket { $label }.
form-title = Ticket de { $type }
welcome-modal-label = Mensagem de boas-vindas
welcome-modal-placeholders = Marcadores: {"{"}user{"}"} {"{"}type{"}"} {"{"}number{"}"} {"{"}server{"}"}
form-required = Responda “{ $question }”: é obrigatório.
form-too-many-files = Um formulário aceita no máximo { $limit } arquivos somando 10 MB; anexe menos.
form-download-failed = O Discord não entregou seus arquivos ({ $error }). Tente de novo.
audit-setup = Configuração
audit-settings-changed = Configurações alteradas
audit-panel-sent = Painel publicado
audit-panel-changed = Painel editado
audit-panel-deleted = Painel excluído
audit-type-created = Tipo de ticket criado
audit-type-changed = Tipo de ticket alterado
audit-type-deleted = Tipo de ticket excluído
audit-blacklist-added = Adicionado à lista negra
audit-blacklist-removed = Removido da lista negra
audit-api-key-created = Chave de API criada
audit-api-key-revoked = Chave de API revogada
audit-ticket-opened = Ticket aberto
audit-ticket-renamed = Ticket renomeado
audit-ticket-moved = Ticket movido
audit-member-added = Membro adicionado
audit-member-removed = Membro removido
audit-staff-joined = Alguém da staff entrou
audit-opener-left = Quem abriu saiu
audit-ticket-claimed = Ticket assumido
audit-ticket-unclaimed = Ticket liberado
audit-ticket-transferred = Ticket transferido
audit-auto-close-on = Fechamento automático ligado
audit-auto-close-off = Fechamento automático desligado
audit-close-requested = Fechamento solicitado
audit-close-refused = Mantido aberto
audit-ticket-closed = Ticket fechado
audit-ticket-archived = Ticket arquivado
audit-ticket-reopened = Ticket reaberto
audit-reopen-undone = Reabertura desfeita
audit-transcript-links-revoked = Links de transcrição revogados
audit-recovery-stuck = Precisa de atenção

## Admin
audit-detail-change = { $setting }: { $before } → { $after }
audit-detail-setting = { $setting }: { $value }
audit-list = { $first }; { $rest }
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
audit-value-text = “{ $text }”
audit-value-language-unset =
    { $owner ->
        [server] o idioma do Discord do servidor
       *[type] o do servidor
    }
audit-value-question =
    { $number }. “{ $label }” ({ $style }, { $required ->
        [true] obrigatória
       *[other] opcional
    }{ $any ->
        [true] , opções: { $choices }
       *[other] { "" }
    })
type-list-question = P{ $number }. { $label } ({ $style })
close-database-failed = O banco de dados falhou enquanto o ticket { $label } era fechado. O fechamento vai terminar sozinho em mais ou menos um minuto.
open-database-failed = O banco de dados falhou enquanto seu ticket era aberto, então ele não foi aberto. Tente de novo daqui a pouco.
form-database-slow = O banco de dados está lento agora, então o formulário não consegue abrir a tempo. Tente de novo.
type-unknown =
    { $count ->
        [0] Não existe nenhum tipo de ticket chamado “{ $name }”. Tipos aqui: nenhum ainda; crie um com `/type create`.
       *[other] Não existe nenhum tipo de ticket chamado “{ $name }”. Tipos aqui: { $known }.
    }
open-refused-blocked = Você não pode abrir tickets neste servidor. Se acha que é um engano, fale com um moderador.
open-refused-role = Só membros com { $roles } podem abrir tickets de { $type }.
open-refused-hours =
    { $known ->
        [no] Os tickets de { $type } são atendidos { $hours } ({ $timezone }), então não dá para abrir agora.
       *[yes] Os tickets de { $type } são atendidos { $hours } ({ $timezone }), então não dá para abrir agora. Voltam { $back }.
    }
type-welcome-unknown-placeholder = A mensagem de boas-vindas usa { $placeholder }, que não é um marcador; use { "{" }user{ "}" }, { "{" }type{ "}" }, { "{" }number{ "}" } ou { "{" }server{ "}" }.
type-auto-close-warning-late = O aviso ({ $warning } horas antes do fechamento) precisa vir depois que o ticket fica em silêncio: com fechamento automático após { $hours } horas, avise menos de { $hours } horas antes.
type-too-many = Um servidor pode ter no máximo { $limit } tipos de ticket (o limite de um menu de seleção).
type-emoji-invalid = O emoji precisa ser um único emoji, como 💳, ou um emoji do servidor, como <:billing:123…>.
type-description-too-long = A descrição de um tipo pode ter no máximo 100 caracteres (ela aparece embaixo da opção do menu).
type-limit-invalid = O limite de um tipo precisa ficar entre 1 e 25 tickets abertos por membro.
type-cooldown-invalid = A espera precisa ficar entre 0 e 7 dias.
type-too-many-questions = Um formulário tem no máximo { $limit } perguntas (o limite do Discord para um modal).
type-name-ambiguous = Numa lista de tipos, como `/panel send types:`, “{ $name }” também seria lido como { $others } e { $last }. Escolha um nome que não cause isso.
question-label-length = Uma pergunta precisa ter de 1 a 45 caracteres (o limite do Discord para um rótulo).
question-placeholder-too-long = O texto de ajuda de uma pergunta pode ter no máximo 100 caracteres.
question-choice-count = Uma pergunta { $style } precisa de { $low } a { $high } opções, separadas por vírgulas.
question-choice-invalid = Cada opção precisa ter de 1 a 100 caracteres, e nenhuma pode se repetir.
question-choices-not-taken = Só perguntas choice, radio e checkboxes têm opções, não { $style }.
question-max-length-invalid = A resposta de uma pergunta pode ter no máximo 4000 caracteres.
question-min-length-invalid = A resposta mais curta de uma pergunta precisa ficar entre 0 e a mais longa.
hours-zone-unknown = “{ $zone }” não é um fuso horário; use um nome como America/Sao_Paulo ou Europe/Lisbon.
hours-empty = Nenhum horário informado; ex.: Mon-Fri 09:00-17:00; Sat 10:00-14:00.
hours-window-invalid = “{ $window }” não é um horário; ex.: Mon-Fri 09:00-17:00; Sat 10:00-14:00.
hours-time-invalid = { $time } não é uma hora do dia; ex.: Mon-Fri 09:00-17:00; Sat 10:00-14:00.
hours-days-invalid = “{ $days }” não é um dia nem um intervalo de dias; use Mon, Tue, … Sun, ou Daily.
name-length =
    { $what ->
        [type] Um tipo de ticket precisa de um nome de 1 a { $limit } caracteres.
        [tag] Uma resposta salva precisa de um nome de 1 a { $limit } caracteres.
        [label] Uma etiqueta precisa de um nome de 1 a { $limit } caracteres.
       *[api-key] Uma chave de API precisa de um nome de 1 a { $limit } caracteres.
    }
name-control-characters =
    { $what ->
        [type] O nome de um tipo de ticket não pode ter caracteres de controle; use letras, números, espaços e pontuação.
        [tag] O nome de uma resposta salva não pode ter caracteres de controle; use letras, números, espaços e pontuação.
        [label] O nome de uma etiqueta não pode ter caracteres de controle; use letras, números, espaços e pontuação.
       *[api-key] O nome de uma chave de API não pode ter caracteres de controle; use letras, números, espaços e pontuação.
    }
naming-format-refused = O modelo de nome de canal só pode formatar { $field } com preenchimento como { $padded }, não { $given }.
naming-field-unknown = O modelo de nome de canal só pode usar { "{" }number{ "}" }, { "{" }username{ "}" } e { "{" }type{ "}" }, não { $field }.
naming-invalid = O modelo de nome de canal { $template } não é válido: { $error }.
naming-needs-number = O modelo de nome de canal precisa de { "{" }number{ "}" } ou { "{" }username{ "}" }, ex.: ticket-{ "{" }number:04d{ "}" }.
naming-empty = O modelo de nome de canal { $template } gera um nome de canal vazio.
panel-default-title = Precisa de ajuda?
panel-default-description = Clique no botão abaixo para abrir um ticket privado com a nossa staff.
panel-default-button = Criar ticket
panel-channel-gone = O canal do painel #{ $id } não existe mais: apague o painel e envie um novo.
panel-message-gone = A mensagem do painel #{ $id } foi apagada: apague o painel e envie um novo.
panel-unknown = Não há nenhum painel #{ $id } aqui; `/panel list` mostra todos.
place-action-post-panel = postar o painel em { $channel }
place-action-edit-panel = editar o painel
place-action-delete-panel = apagar a mensagem do painel em { $channel }
place-action-read-panel = ler o painel em { $channel }
place-action-update-panel = atualizar o painel
audit-detail-panel-sent = Painel “{ $title }” postado em { $channel }: { $link }
audit-detail-panel-deleted = Painel “{ $title }” apagado
audit-detail-panel-edited =
    { $changed ->
        [no] Painel #{ $id } “{ $title }” editado: nada mudou
       *[yes] Painel #{ $id } “{ $title }” editado: { $changes }
    }
audit-detail-panel-change =
    { $field ->
        [title] título
        [description] texto
        [button_label] texto do botão
        [type_ids] tipos
       *[style] estilo
    }: { $before } → { $after }
panel-posted = Painel #{ $id } “{ $title }” postado em { $channel }.
panel-edited = Painel #{ $id } “{ $title }” editado.
panel-deleted = Painel #{ $id } “{ $title }” apagado.
panel-needs-text-channel = Painéis ficam em um canal de texto: escolha um com a opção `channel`.
type-created = Tipo de ticket “{ $name }” criado.
type-saved = Tipo de ticket “{ $name }” salvo.
type-deleted = Tipo de ticket “{ $name }” apagado.
type-welcome-modal-title = { $type }: boas-vindas
type-variant-language-unknown = “{ $language }” não é um idioma que o bot fala.
help-title = Comandos
status-title = Status
status-measuring = medindo
status-field =
    { $field ->
        [latency] Latência do gateway
        [database] Banco de dados
        [open] Tickets abertos aqui
       *[uptime] Tempo online
    }
api-key-name-problem = { $problem } Por exemplo, `dashboard`.
api-key-name-taken = Já existe uma chave chamada **{ $name }**.
api-key-too-many = Um servidor pode ter no máximo { $most } chaves; revogue uma com `/api-key revoke` primeiro.
api-key-unknown = Não há nenhuma chave ativa com esse nome; `/api-key list` mostra todas.
audit-detail-api-key-made = Chave de API **{ $name }** criada
audit-detail-api-key-revoked = Chave de API **{ $name }** revogada
setup-archive-needs-category = Para arquivar, é preciso uma categoria de arquivo: informe também `archive_category`.
setup-log-public = Todo mundo pode ler { $channel }, então cada transcrição postada lá ficaria pública. Tire o Ver canal do @everyone lá (e dê ao seu cargo de staff), ou escolha um canal privado.
setup-role-gone = Esse cargo não existe mais; escolha outro.
setup-ping-role-unmentionable = Eu não conseguiria mencionar { $role }: ele não é mencionável e me falta a permissão Mencionar @everyone, @here e todos os cargos. Ative “Permitir que qualquer um @mencione este cargo” nas configurações dele, ou me dê essa permissão.
setup-category-gone = Essa categoria não existe mais; escolha outra.
setup-thread-channel-not-text = Tickets em tópicos precisam de um canal de texto; escolha um.
blacklist-already = { $target } já está na lista negra.
blacklist-everyone = Não dá para colocar @everyone na lista negra: isso fecharia os tickets para o servidor inteiro.
blacklist-not-on = { $target } não está na lista negra.
type-delete-open =
    { $count ->
        [one] { $count } ticket de { $type } ainda está aberto ({ $labels }).
       *[other] { $count } tickets de { $type } ainda estão abertos ({ $labels }).
    } Feche-os primeiro, para nenhum ticket ficar sem staff.
audit-detail-setup =
    Staff: { $staff }; tickets em { $category }; logs em { $log }; tickets fechados são { $archived ->
        [true] arquivados em { $archive }
       *[other] apagados
    }
audit-detail-settings-changed = { $changes }
audit-detail-blocked = { $target } não pode mais abrir tickets
audit-detail-unblocked = { $target } pode abrir tickets de novo
audit-detail-type-deleted = Tipo de ticket “{ $type }” apagado
audit-detail-type-created =
    Tipo de ticket “{ $type }” criado{ $any ->
        [true] : { $settings }
       *[other] { "" }
    }
audit-detail-type-changed =
    Tipo de ticket “{ $type }” alterado: { $any ->
        [true] { $changes }
       *[other] nada
    }
doctor-title =
    { $problems ->
        [0] Tudo parece certo
        [one] { $problems } problema encontrado
       *[other] { $problems } problemas encontrados
    }
doctor-web = Parte web: { $problem }
doctor-not-set-up = Os tickets não estão configurados aqui: use `/setup`.
doctor-server-fullness =
    O servidor tem { $used } dos { $limit } canais que o Discord permite{ $full ->
        [true] : apague canais antigos antes que nenhum ticket possa ser criado.
       *[other] .
    }
doctor-category-fullness =
    { $place } { $channel } tem { $used } dos { $limit } canais que o Discord permite{ $full ->
        [true] : feche ou apague alguns, ou escolha outra.
       *[other] .
    }
doctor-message-content =
    { $on ->
        [true] O intent de conteúdo de mensagens está ativado.
       *[other] O intent de conteúdo de mensagens está desativado, então as transcrições saem vazias: ative o Message Content Intent no portal de desenvolvedores, em Bot → Privileged Gateway Intents.
    }
doctor-endpoint-clear = O Discord envia cliques e comandos para este bot.
doctor-endpoint-set = Há uma Interactions Endpoint URL definida ({ $endpoint }): o Discord envia cada clique para lá, e os membros veem “Esta interação falhou”. Apague-a no portal de desenvolvedores, em General Information.
doctor-place =
    { $place ->
        [category] A categoria de tickets
        [log] O canal de logs
        [overflow] A categoria de excedente
        [type-category] A categoria de { $type }
        [type-overflow] O excedente de { $type }
        [type-threads] O canal de tópicos de { $type }
        [archive] A categoria de arquivo
       *[panel] O canal do painel
    }
doctor-place-gone = { $place } não existe mais: use `/setup` (ou `/type edit`, `/panel send`) de novo.
doctor-permissions-ok = Tenho todas as permissões de que preciso em { $channel }.
doctor-permissions-missing = Em { $channel } me falta { $missing }: dê isso ao meu cargo lá.
doctor-log-public = Todo mundo pode ler { $channel }: tire o Ver canal do @everyone lá.
doctor-staff-role-gone = Um cargo de staff não existe mais: use `/setup` (ou `/type edit`) com os atuais.
doctor-staff-role-everyone = @everyone é um cargo de staff, então todo membro vê todo ticket: use `/setup`.
doctor-staff-role-high = { $role } está na altura do meu cargo { $top } ou acima: mova meu cargo para cima dele.
doctor-staff-roles-ok = Os cargos de staff existem e ficam abaixo do meu cargo.
setup-done =
    Os tickets estão configurados.{ $restaffed ->
        [0] { "" }
       *[other]
            { " " }{ $restaffed } tickets abertos agora usam os novos cargos de staff{ $failed ->
                [0] .
               *[other] ; { $failed } não puderam ser atualizados (confira minhas permissões lá).
            }
    }
config-saved = Configurações salvas.
config-welcome-modal-title = Mensagem de boas-vindas
blacklist-added = { $target } não pode mais abrir tickets (a staff nunca é bloqueada).
blacklist-removed = { $target } pode abrir tickets de novo.
settings-title = Configurações de tickets
settings-not-set = não definido
settings-none = nenhum
settings-field =
    { $field ->
        [priority-prefix] Prioridade antes do nome
        [target-warning] Alerta à staff
        [ratings] Avaliações ao fechar
        [members-open-about] Membros abrem tickets sobre mensagens
        [staff-roles] Cargos de staff
        [category] Categoria de tickets
        [log-channel] Canal de logs
        [on-close] Ao fechar
        [archive] Categoria de arquivo
        [overflow] Categoria de excedente
        [claim-mode] Quando alguém assume um ticket
        [auto-close] Fechamento automático
        [confirm-close] /ticket close pede confirmação
        [opener-leaves] Quando quem abriu sai
        [max-open] Máximo de tickets abertos por membro
        [names] Nomes dos canais
        [language] Idioma
       *[welcome] Mensagem de boas-vindas
    }
settings-yes-no =
    { $yes ->
        [true] sim
       *[other] não
    }
settings-language-discord = o idioma do Discord do servidor
settings-auto-close-never = nunca
settings-auto-close =
    após { $hours } horas sem mensagem { $counts ->
        [opener] de quem abriu
       *[anyone] de ninguém
    }{ $warned ->
        [true] , com aviso { $warning } horas antes
       *[other] { "" }
    }
panel-list-title = Painéis
panel-list-empty = Nenhum painel ainda: poste um com `/panel send`.
panel-list-message-gone = ⚠️ a mensagem dele em { $channel } foi apagada
panel-list-first-type = o primeiro tipo
panel-list-offers = Oferece { $types } ({ $style })
type-list-title = Tipos de ticket
type-list-empty = Nenhum tipo de ticket ainda: crie um com `/type create`.
type-list-fact =
    { $fact ->
        [staff] Staff: { $value }
        [category] Categoria: { $value }
        [overflow] Excedente: { $value }
        [limit] Limite por membro: { $value }
        [needs] Exige: { $value }
        [pings] Menciona: { $value }
        [hours] Horário: { $value }
        [claims] Assumir: { $value }
        [confirm-close] /ticket close pede confirmação: { $value }
        [names] Nomes: `{ $value }`
        [language] Idioma: { $value }
       *[auto-close] Fechamento automático: { $value }
    }
type-list-cooldown = Espera: { $minutes } min
type-list-variant = Tem boas-vindas ou formulário em { $language }
type-list-server-settings = Usa as configurações do servidor.
type-list-auto-close-never = Fechamento automático: nunca
type-list-auto-close-part =
    { $part ->
        [after] após { $value } h
        [warning] aviso { $value } h
       *[counts] conta: { $value }
    }
blacklist-list =
    { $count ->
        [0] Na lista negra: ninguém
       *[other] Na lista negra: { $names }
    }
api-key-made =
    Chave de API **{ $name }** criada. Copie agora: ela não é guardada e não será mostrada de novo.
    ```
    { $secret }
    ```
    Envie como `Authorization: Bearer <key>`; `/api-key revoke` desativa a chave.
api-key-revoked = A chave **{ $name }** não funciona mais.
api-key-line = **{ $name }** — por { $by }, { $when }
api-key-none = Nenhuma chave de API; `/api-key create` cria uma.



## Web and transcripts
web-sign-in = Entrar com o Discord
web-sign-out = Sair
web-home-title = Transcrições de tickets
web-home-anonymous = Abra uma transcrição pelo link dela.
web-home-sign-in = Abra uma transcrição pelo link dela, ou entre com o Discord.
web-home-signed-in =
    { $servers ->
        [0] Conectado como { $name }. Seus próprios tickets:
       *[other] Conectado como { $name }. Seus próprios tickets e os tickets dos seus servidores:
    }
api-error-no-key = Envie Authorization: Bearer <key> (uma chave do /api-key create).
api-error-bad-key = Esta chave não é válida, ou foi revogada.
api-error-rate-limited = Pedidos demais; vá com calma.
api-error-no-ticket = Este servidor não tem esse ticket.
api-error-limit = limit precisa ser um número de 1 a { $most }.
api-error-no-transcript = Este ticket (ainda) não tem transcrição salva.
api-error-channel-id = channel_id precisa ser o ID de um canal, como texto de dígitos.
api-error-panel-fields = title, description e button_label são texto; types, uma lista de nomes.
api-error-too-long = { $field } tem mais de { $limit } caracteres.
api-error-types = types lista no máximo { $most } nomes de até { $length } caracteres.
api-error-no-channel = channel_id precisa indicar um canal de texto deste servidor que o bot vê.
api-error-too-large = Envie no máximo { $most } bytes.
api-error-timeout = Envie o corpo em até { $seconds } segundos.
api-error-not-object = Envie um objeto JSON.
api-error-internal = Algo deu errado; ID do erro { $id }.
audit-detail-web-links-revoked = Todos os links da transcrição do ticket { $ticket } criados até agora param de funcionar (pelo visualizador web)
transcript-former-member = um ex-membro
transcript-fact =
    { $fact ->
        [server] Servidor
        [type] Tipo
        [opened-by] Aberto por
        [reason] Motivo
        [claimed-by] Assumido por
        [closed-by] Fechado por
        [close-reason] Motivo do fechamento
       *[duration] Duração
    }
transcript-too-large = A transcrição tem { $size } MiB mesmo compactada, mais que o limite de upload do Discord de { $limit } MiB, então o ticket continua aberto. Salve a conversa de outro jeito e depois apague o canal: o ticket então é fechado sem transcrição.
web-error = Tente de novo mais tarde. ID do erro: { $id }
    .title = Algo deu errado
transcript-unknown =
    { $kind ->
        [user] usuário desconhecido
        [role] cargo apagado
       *[channel] canal desconhecido
    }
transcript-title = Ticket { $label } — { $server }
transcript-word =
    { $word ->
        [messages] Mensagens
        [participants] Participantes
        [reply-deleted] A mensagem original foi apagada
        [bot] BOT
        [edited] (editado)
       *[image] imagem
    }
transcript-sticker = Figurinha: { $name }
transcript-in-reply-to = em resposta à mensagem { $id }
transcript-kept = guardado
transcript-not-kept = não guardado
transcript-not-kept-cap = não guardado: passa dos { $cap } guardados por ticket
transcript-not-kept-refused = não guardado: o Discord respondeu { $status } ao baixar
transcript-not-kept-failed = não guardado: o download falhou
transcript-not-kept-larger = não guardado: maior do que o Discord informou
web-not-your-server = Só a staff do servidor vê os tickets dele.
    .title = Não é seu servidor
web-link-expired =
    { $sign_in ->
        [true] Este link não é mais válido. Entre com o Discord para ler as transcrições que você pode ver.
       *[other] Este link não é mais válido. Peça a transcrição para a staff do servidor.
    }
    .title = Link expirado
web-no-transcript = Este ticket (ainda) não tem transcrição salva.
    .title = Sem transcrição
web-login-off = O login com o Discord não está configurado aqui: quem hospeda o bot ativa com DISCORD_CLIENT_SECRET.
    .title = Login desativado
web-sign-in-cancelled = Você cancelou o login no Discord, então nada foi compartilhado.
    .title = Não conectado
web-sign-in-not-ours = Esse login não começou aqui ou demorou demais. Tente de novo.
    .title = Falha no login
web-sign-in-failed = O Discord não confirmou o login. Tente de novo.
    .title = Falha no login
web-not-signed-out = Esse pedido não veio deste site.
    .title = Não desconectado
web-not-revoked = Esse pedido não veio deste site.
    .title = Não revogado
web-revoke-not-yours = Só a staff do ticket pode revogar os links dele.
    .title = Não é seu
web-not-yours-to-read = Não há aqui nenhuma transcrição que você possa ver.
    .title = Sem acesso
web-slow-down = Você abriu as páginas de muitos servidores em um minuto. Espere um minuto e tente de novo.
    .title = Mais devagar
web-tickets-title = Tickets — { $server }
web-tickets-unknown-server = Servidor { $id }
web-tickets-field =
    { $field ->
        [number] Número
        [opener-id] Autor (nome ou ID)
        [type] Tipo
        [status] Status
        [priority] Prioridade
        [waiting] Aguardando
        [label] Etiqueta
        [sort] Ordem
        [from] De
       *[to] Até
    }
web-tickets-any = qualquer
# Who an open ticket waits for: staff (the opener wrote last) or the opener.
web-tickets-waiting = { $who ->
        [staff] staff
       *[opener] quem abriu
    }
web-tickets-search = Buscar
web-tickets-column =
    { $column ->
        [ticket] Ticket
        [type] Tipo
        [opener] Aberto por
        [status] Status
        [priority] Prioridade
        [waiting] Aguardando
        [labels] Etiquetas
        [opened] Aberto
        [closed] Fechado
       *[links] Links
    }
web-tickets-status =
    { $status ->
        [open] aberto
        [closed] fechado
       *[archived] arquivado
    }
web-tickets-revoke = Revogar
    .title = Links já enviados param de funcionar
web-tickets-none = Nenhum ticket corresponde.
web-tickets-older = Tickets mais antigos →
web-search-not-a-number =
    { $field ->
        [number] Número
        [opener] Quem abriu
       *[before] Página
    } precisa ser um número.
web-search-not-a-date =
    { $field ->
        [from] De
       *[to] Até
    } precisa ser uma data como 2026-01-31.
web-search-no-such-type = Esse tipo não existe.
web-search-no-such-status = Esse status não existe.
web-search-no-such-priority = Essa prioridade não existe.
web-search-no-such-waiting = “Aguardando” é staff ou opener.
web-search-no-such-label = Essa etiqueta não existe.



## Commands: tickets

cmd-ticket = ticket
    .description = Abra e gerencie tickets de suporte
cmd-ticket-open = abrir
    .description = Abra um ticket de suporte privado
cmd-ticket-open-type = tipo
    .description = De que tipo de ajuda você precisa
cmd-ticket-open-reason = motivo
    .description = Com o que você precisa de ajuda
cmd-ticket-close = fechar
    .description = Feche este ticket e salve a transcrição
cmd-ticket-close-reason = motivo
    .description = Por que o ticket está sendo fechado
cmd-ticket-add = adicionar
    .description = Dê a um membro acesso a este ticket (staff)
cmd-ticket-add-member = membro
    .description = O membro a adicionar
cmd-ticket-remove = remover
    .description = Tire o acesso de um membro a este ticket (staff)
cmd-ticket-remove-member = membro
    .description = O membro a remover
cmd-ticket-close-request = pedir-fechamento
    .description = Pergunte a quem abriu se este ticket pode ser fechado (staff)
cmd-ticket-close-request-reason = motivo
    .description = Por que ele pode ser fechado
cmd-ticket-close-request-hours = horas
    .description = Fecha sozinho depois dessas horas, a não ser que quem abriu o mantenha aberto
cmd-ticket-reopen = reabrir
    .description = Abra de novo este ticket arquivado (staff)
cmd-ticket-rename = renomear
    .description = Renomeie o canal deste ticket (staff)
cmd-ticket-rename-name = nome
    .description = O novo nome (o Discord permite duas renomeações a cada dez minutos)
cmd-ticket-move = mover
    .description = Mova este ticket para outro tipo; a staff e a categoria mudam junto (staff)
cmd-ticket-move-type = tipo
    .description = O novo tipo do ticket
cmd-ticket-claim = assumir
    .description = Assuma este ticket (staff)
cmd-ticket-unclaim = liberar
    .description = Devolva este ticket para toda a staff dele
cmd-ticket-transfer = transferir
    .description = Passe este ticket para outro membro da staff
cmd-ticket-transfer-staff = staff
    .description = Quem vai assumir
cmd-ticket-auto-close = fechar-auto
    .description = Defina se este ticket fecha sozinho quando fica parado (staff)
cmd-ticket-auto-close-enabled = ativado
    .description = não: este ticket nunca fecha por inatividade; sim: volta a fechar, contando a partir de agora
cmd-ticket-auto-close-enabled-choice-on = sim
cmd-ticket-auto-close-enabled-choice-off = não

## Commands: admin and utility
cmd-type = tipo
    .description = Define os tipos de ticket e seus formulários
cmd-type-create = criar
    .description = Cria um tipo de ticket
cmd-type-edit = editar
    .description = Altera um tipo de ticket (as opções não informadas continuam iguais)
cmd-type-edit-type = tipo
    .description = O tipo que você quer alterar
cmd-type-edit-name = nome
    .description = Um nome novo
cmd-type-option-name = nome
    .description = Aparece no botão ou no menu do painel
cmd-type-option-emoji = emoji
    .description = Um emoji para o botão
cmd-type-option-description = descrição
    .description = Uma linha curta embaixo da opção do menu
cmd-type-option-staff-role = cargo_staff
    .description = Quem cuida destes tickets (padrão: os cargos de staff do servidor)
cmd-type-option-category = categoria
    .description = Para onde vão estes tickets (padrão: a categoria de tickets do servidor)
cmd-type-option-overflow-category = categoria_excedente
    .description = Para onde vão estes tickets enquanto a categoria deles está cheia
cmd-type-option-max-open = máximo_abertos
    .description = Quantos destes um membro pode ter abertos ao mesmo tempo
cmd-type-option-required-role = cargo_exigido
    .description = Só membros com este cargo podem abri-los
cmd-type-option-ping-role = cargo_mencionado
    .description = Um cargo mencionado quando um ticket é aberto
cmd-type-option-cooldown-minutes = espera_minutos
    .description = Quanto tempo um membro espera entre dois destes
cmd-type-option-naming = nomes
    .description = Nomes dos canais, com { "{" }number{ "}" }, { "{" }username{ "}" } e { "{" }type{ "}" }
cmd-type-option-welcome = boas_vindas
    .description = O texto de boas-vindas, com { "{" }user{ "}" }, { "{" }type{ "}" }, { "{" }number{ "}" } e { "{" }server{ "}" }
cmd-type-option-hours = horário
    .description = Quando a staff atende, ex.: Mon-Fri 09:00-17:00; Sat 10:00-14:00 (always: sempre)
cmd-type-option-timezone = fuso_horário
    .description = O fuso horário do horário, ex.: America/Sao_Paulo
cmd-type-option-bypass-role = cargo_fora_do_horário
    .description = Membros com este cargo podem abrir fora do horário
cmd-type-option-claim-mode = modo_assumir
    .description = O que assumir faz com o acesso do resto da staff (padrão: o do servidor)
cmd-type-option-claim-mode-choice-shared = compartilhado
cmd-type-option-claim-mode-choice-claimer-writes = só quem assumiu escreve
cmd-type-option-claim-mode-choice-claimer-only = só quem assumiu
cmd-type-option-auto-close-hours = horas_fechar_auto
    .description = Fechar após tantas horas sem mensagem (0: nunca; padrão: o do servidor)
cmd-type-option-auto-close-warning-hours = horas_aviso
    .description = Avisar quem abriu tantas horas antes de fechar (padrão: o do servidor)
cmd-type-option-idle-counts = conta_inatividade
    .description = De quem as mensagens o mantêm aberto: de quem abriu ou de todos (padrão: o do servidor)
cmd-type-option-idle-counts-choice-opener = quem abriu
cmd-type-option-idle-counts-choice-anyone = qualquer um
cmd-type-option-confirm-close = confirmar_fechamento
    .description = Se o /ticket close pergunta antes de fechar (padrão: o do servidor)
cmd-type-option-thread-channel = canal_tópicos
    .description = Criar estes tickets como tópicos privados neste canal de texto em vez de canais
cmd-type-option-language = idioma
    .description = O que estes tickets leem: boas-vindas, avisos, transcrição (padrão: o idioma do servidor)
cmd-type-option-language-choice-server = o do servidor
cmd-type-option-language-choice-en = English
cmd-type-option-language-choice-es = Español
cmd-type-option-language-choice-de = Deutsch
cmd-type-option-language-choice-fr = Français
cmd-type-option-language-choice-pt-BR = Português do Brasil
cmd-type-welcome = boas-vindas
    .description = A mensagem de boas-vindas de um tipo
cmd-type-welcome-type = tipo
    .description = O tipo
cmd-type-welcome-message = mensagem
    .description = Uma linha; deixe vazio para escrever várias linhas num formulário
cmd-type-welcome-language = idioma
    .description = Para quem usa o Discord neste idioma (deixe a mensagem vazia para remover)
cmd-type-delete = apagar
    .description = Apaga um tipo de ticket que não tem tickets abertos
cmd-type-delete-type = tipo
    .description = O tipo que você quer apagar
cmd-type-list = ver
    .description = Mostra os tipos de ticket
cmd-type-question-add = adicionar-pergunta
    .description = Adiciona uma pergunta ao formulário de um tipo (no máximo 5)
cmd-type-question-add-type = tipo
    .description = O tipo dono do formulário
cmd-type-question-add-question = pergunta
    .description = A pergunta, até 45 caracteres
cmd-type-question-add-style = estilo
    .description = Uma linha de texto, um parágrafo ou uma opção de uma lista
cmd-type-question-add-style-choice-short = linha curta
cmd-type-question-add-style-choice-paragraph = parágrafo
cmd-type-question-add-style-choice-choice = menu de opções
cmd-type-question-add-style-choice-radio = escolha única
cmd-type-question-add-style-choice-checkboxes = caixas de seleção
cmd-type-question-add-style-choice-member = membro
cmd-type-question-add-style-choice-role = cargo
cmd-type-question-add-style-choice-channel = canal
cmd-type-question-add-style-choice-file = arquivo
cmd-type-question-add-choices = opções
    .description = Para uma escolha: as opções, separadas por vírgulas
cmd-type-question-add-required = obrigatória
    .description = Se é preciso responder (padrão: sim)
cmd-type-question-add-placeholder = texto_ajuda
    .description = Texto cinza de ajuda no campo vazio
cmd-type-question-add-min-length = tamanho_mínimo
    .description = Para texto: a resposta mais curta aceita
cmd-type-question-add-max-length = tamanho_máximo
    .description = Para texto: a resposta mais longa aceita (padrão 1000)
cmd-type-question-add-language = idioma
    .description = Adicionar ao formulário de quem usa o Discord neste idioma
cmd-type-question-remove = remover-pergunta
    .description = Remove uma pergunta do formulário de um tipo
cmd-type-question-remove-type = tipo
    .description = O tipo dono do formulário
cmd-type-question-remove-number = número
    .description = O número da pergunta, a partir de 1
cmd-type-question-remove-language = idioma
    .description = Remover do formulário de quem usa o Discord neste idioma
cmd-panel = painel
    .description = Posta e gerencia painéis de tickets
cmd-panel-send = enviar
    .description = Posta um painel que abre tickets
cmd-panel-send-channel = canal
    .description = Onde postar (padrão: aqui)
cmd-panel-send-title = título
    .description = O título do painel (padrão: Precisa de ajuda?)
cmd-panel-send-description = descrição
    .description = O texto do painel
cmd-panel-send-button-label = texto_botão
    .description = O texto do botão (com um tipo, padrão Criar ticket), ou o do menu
cmd-panel-send-types = tipos
    .description = Tipos de ticket a oferecer, separados por vírgulas (padrão: o primeiro tipo)
cmd-panel-send-style = estilo
    .description = Oferecer os tipos como botões ou como menu de seleção
cmd-panel-send-style-choice-buttons = botões
cmd-panel-send-style-choice-select = menu de seleção
cmd-panel-edit = editar
    .description = Altera um painel; a mensagem dele é editada no lugar
cmd-panel-edit-panel = painel
    .description = O painel (veja /panel list)
cmd-panel-edit-title = título
    .description = Um título novo
cmd-panel-edit-description = descrição
    .description = Um texto novo
cmd-panel-edit-button-label = texto_botão
    .description = Um texto novo para o botão ou o menu
cmd-panel-edit-types = tipos
    .description = Os tipos de ticket a oferecer, separados por vírgulas
cmd-panel-edit-style = estilo
    .description = Botões ou um menu de seleção
cmd-panel-delete = apagar
    .description = Apaga um painel e a mensagem dele
cmd-panel-delete-panel = painel
    .description = O painel (veja /panel list)
cmd-panel-list = ver
    .description = Mostra os painéis, e os que perderam a mensagem
cmd-help = ajuda
    .description = Mostra os comandos que você pode usar
cmd-status = status
    .description = Mostra a saúde do bot
cmd-setup = configurar
    .description = Configure os tickets: cargos de staff, categoria, canal de logs
cmd-setup-staff-role = cargo_staff
    .description = O cargo que cuida dos tickets
cmd-setup-category = categoria
    .description = A categoria onde ficam os novos canais de ticket
cmd-setup-log-channel = canal_logs
    .description = Onde as transcrições e o log de auditoria são postados (só a staff)
cmd-setup-close-action = ao_fechar
    .description = Apagar os canais dos tickets fechados, ou arquivá-los só para leitura
cmd-setup-close-action-choice-delete = apagar
cmd-setup-close-action-choice-archive = arquivar
cmd-setup-archive-category = categoria_arquivo
    .description = Para onde vão os tickets arquivados (necessária para arquivar)
cmd-setup-overflow-category = categoria_excedente
    .description = Para onde vão os tickets novos enquanto a categoria está cheia (50 canais)
cmd-setup-staff-role-2 = cargo_staff_2
    .description = Outro cargo de staff
cmd-setup-staff-role-3 = cargo_staff_3
    .description = Outro cargo de staff
cmd-config = configurações
    .description = Mostra ou altera as configurações de tickets
cmd-config-show = ver
    .description = Mostra as configurações de tickets deste servidor
cmd-config-max-tickets = máximo-tickets
    .description = Quantos tickets um membro pode ter abertos ao mesmo tempo
cmd-config-max-tickets-limit = limite
    .description = De 1 a 25
cmd-config-naming = nomes
    .description = Como os canais de ticket são nomeados
cmd-config-naming-template = modelo
    .description = Usa { "{" }number{ "}" } e/ou { "{" }username{ "}" }, ex.: ticket-{ "{" }number:04d{ "}" }
cmd-config-welcome = boas-vindas
    .description = A mensagem mostrada em cada ticket novo
cmd-config-welcome-message = mensagem
    .description = Uma linha, até 1500 caracteres; deixe vazio para escrever várias linhas num formulário
cmd-config-language = idioma
    .description = O idioma do que o servidor inteiro lê: boas-vindas, avisos, painéis, logs, transcrições
cmd-config-language-language = idioma
    .description = Um idioma, ou o idioma do Discord do próprio servidor
cmd-config-language-language-choice-en = English
cmd-config-language-language-choice-es = Español
cmd-config-language-language-choice-de = Deutsch
cmd-config-language-language-choice-fr = Français
cmd-config-language-language-choice-pt-BR = Português do Brasil
cmd-config-language-language-choice-server = O idioma do Discord do servidor
cmd-config-claim-mode = modo-assumir
    .description = O que assumir um ticket faz com o acesso do resto da staff
cmd-config-claim-mode-mode = modo
    .description = shared: todos mantêm acesso; claimer-writes: os outros só leem; claimer-only: os outros perdem
cmd-config-claim-mode-mode-choice-shared = compartilhado
cmd-config-claim-mode-mode-choice-claimer-writes = só quem assumiu escreve
cmd-config-claim-mode-mode-choice-claimer-only = só quem assumiu
cmd-config-auto-close = fechar-auto
    .description = Fecha tickets que ficam em silêncio, depois de um aviso
cmd-config-auto-close-hours = horas
    .description = Fechar após tantas horas sem mensagem (0: nunca)
cmd-config-auto-close-warning-hours = horas_aviso
    .description = Avisar quem abriu tantas horas antes (0: sem aviso)
cmd-config-auto-close-counts = conta
    .description = De quem as mensagens mantêm o ticket aberto: de quem abriu (padrão) ou de qualquer um
cmd-config-auto-close-counts-choice-opener = quem abriu
cmd-config-auto-close-counts-choice-anyone = qualquer um
cmd-config-close-confirmation = confirmar-fechamento
    .description = Se o /ticket close pergunta antes de fechar
cmd-config-close-confirmation-enabled = ativado
    .description = Pedir confirmação (o botão Fechar sempre pede)
cmd-config-opener-leaves = quem-abriu-sai
    .description = O que acontece com um ticket quando quem abriu sai do servidor
cmd-config-opener-leaves-action = ação
    .description = manter: continua aberto e a staff é avisada; fechar: é fechado e a transcrição salva
cmd-config-opener-leaves-action-choice-keep = manter
cmd-config-opener-leaves-action-choice-close = fechar
cmd-blacklist = lista-negra
    .description = Impede membros ou cargos de abrir tickets
cmd-blacklist-add = adicionar
    .description = Impede um membro, ou todos com um cargo, de abrir tickets
cmd-blacklist-add-target = alvo
    .description = O membro ou o cargo
cmd-blacklist-remove = remover
    .description = Deixa um membro ou cargo da lista negra abrir tickets de novo
cmd-blacklist-remove-target = alvo
    .description = O membro ou o cargo
cmd-blacklist-list = ver
    .description = Mostra quem não pode abrir tickets
cmd-api-key = chave-api
    .description = Chaves para os tickets deste servidor via HTTP
cmd-api-key-create = criar
    .description = Cria uma chave para os tickets deste servidor via HTTP (mostrada uma vez)
cmd-api-key-create-name = nome
    .description = Para que serve a chave, ex.: dashboard
cmd-api-key-list = ver
    .description = Mostra as chaves de API ativas deste servidor
cmd-api-key-revoke = revogar
    .description = Faz uma chave de API parar de funcionar
cmd-api-key-revoke-name = nome
    .description = O nome da chave
cmd-doctor = diagnóstico
    .description = Verifica tudo o que impede os tickets de funcionar aqui



## Ferramentas da staff: respostas salvas (tags) e notas
error-tag-name-taken = Já existe uma resposta salva chamada **{ $name }**. Escolha outro nome ou altere essa com /tag edit.
tag-too-many = Este servidor tem { $most } respostas salvas, o máximo. Apague uma com /tag delete primeiro.
tag-unknown = Não há resposta salva chamada **{ $name }**. /tag list mostra todas.
tag-not-for-type = A resposta salva **{ $name }** não é para o tipo deste ticket.
tag-name-problem = { $problem }
tag-content-length = Uma resposta salva tem de 1 a { $most } caracteres.
tag-unknown-placeholder = Respostas salvas não conhecem { $placeholder }. Elas podem usar {"{"}opener{"}"}, {"{"}number{"}"}, {"{"}type{"}"}, {"{"}claimer{"}"} e {"{"}server{"}"}.
tag-sent-footer = -# Resposta salva: { $name }
tag-types = para { $names }
tag-created = Resposta salva **{ $name }** criada. Envie-a em um ticket com /tag send.
tag-changed = Resposta salva **{ $name }** alterada.
tag-deleted = Resposta salva **{ $name }** apagada.
tag-list-title = { $count ->
        [one] 1 resposta salva
       *[other] { $count } respostas salvas
    }
tag-list-empty = Ainda não há respostas salvas. Crie uma com /tag create.
tag-line = **{ $name }** · { $uses ->
        [one] enviada uma vez
       *[other] enviada { $uses } vezes
    }
tag-deflection = resolveu { $solved } de { $offered } antes de um ticket ({ $percent } %)
tag-modal-title-new = Nova resposta salva
tag-modal-title-edit = Alterar resposta salva
tag-modal-name = Nome
tag-modal-content = Texto
tag-modal-placeholders = Preenchidos ao enviar: {"{"}opener{"}"} {"{"}number{"}"} {"{"}type{"}"} {"{"}claimer{"}"} {"{"}server{"}"}
tag-modal-types = Tipos de ticket (opcional)
tag-modal-types-hint = Nomes de tipos separados por vírgulas; vazio para todos.
audit-tag-created = Resposta salva criada
audit-tag-changed = Resposta salva alterada
audit-tag-deleted = Resposta salva apagada
audit-detail-tag = Resposta salva **{ $name }**
note-length = Uma nota tem de 1 a { $most } caracteres.
note-added = Nota guardada. Só a staff pode lê-la, com /ticket notes.
note-modal-title = Nota da staff
note-modal-label = Nota (só a staff verá)
note-list-title = Notas da staff em { $label }
note-list-empty = Ainda não há notas neste ticket. Adicione uma com /ticket note.
note-line = { $by }, { $when }:
cmd-tag = resposta
    .description = Respostas salvas para a staff
cmd-tag-send = enviar
    .description = Envia uma resposta salva neste ticket
cmd-tag-send-name = nome
    .description = A resposta salva a enviar
cmd-tag-create = criar
    .description = Salva uma resposta que a staff pode enviar nos tickets
cmd-tag-create-name = nome
    .description = O que a staff digita para encontrá-la, ex.: reembolso
cmd-tag-create-content = texto
    .description = A resposta; deixe vazio para escrever uma longa em um formulário
cmd-tag-create-types = tipos
    .description = Só para estes tipos de ticket, separados por vírgulas
cmd-tag-edit = editar
    .description = Altera uma resposta salva
cmd-tag-edit-name = nome
    .description = A resposta salva a alterar
cmd-tag-delete = apagar
    .description = Apaga uma resposta salva
cmd-tag-delete-name = nome
    .description = A resposta salva a apagar
cmd-tag-list = lista
    .description = Mostra as respostas salvas deste servidor
cmd-tag-show = ver
    .description = Mostra uma resposta salva como foi escrita, só para você
cmd-tag-show-name = nome
    .description = A resposta salva a mostrar
cmd-ticket-note = nota
    .description = Guarda uma nota neste ticket que só a staff pode ler
cmd-ticket-note-text = texto
    .description = A nota; deixe vazio para escrever uma longa em um formulário
cmd-ticket-notes = notas
    .description = Mostra as notas da staff deste ticket, só para você
priority-name = { $priority ->
        [low] 🟢 Baixa
        [high] 🟠 Alta
        [urgent] 🔴 Urgente
       *[normal] Normal
    }
welcome-priority = Prioridade
priority-already = A prioridade deste ticket já é { priority-name }.
priority-raced = Alguém mudou a prioridade deste ticket no mesmo momento; agora é { priority-name }.
place-action-priority = mostrar a prioridade deste ticket
notice-priority = { $actor } definiu a prioridade deste ticket como { priority-name }.
reply-priority = O ticket { $label } agora tem prioridade { priority-name }.
audit-priority-changed = Prioridade alterada
cmd-ticket-priority = prioridade
    .description = Define quão urgente é este ticket
cmd-ticket-priority-level = nível
    .description = Quão urgente é
cmd-ticket-priority-level-choice-low = baixa
cmd-ticket-priority-level-choice-normal = normal
cmd-ticket-priority-level-choice-high = alta
cmd-ticket-priority-level-choice-urgent = urgente
# The section of staff notes that only staff's copies of a transcript carry.
transcript-staff-notes = Notas da staff (só a staff vê esta seção)
transcript-staff-notes-of = Notas da staff sobre o ticket { $label }
open-for-bot = { $member } é um bot; tickets são para pessoas.
open-for-refused = Nenhum ticket foi aberto para { $member }: { $why }
notice-opened-for = { $actor } abriu este ticket para { $opener }.
audit-ticket-opened-for = Ticket aberto para um membro
reply-opened-for = O ticket { $label } está aberto para { $member }: { $place }
cmd-ticket-open-for = abrir-para
    .description = Abre um ticket para um membro, como se ele tivesse pedido
cmd-ticket-open-for-member = membro
    .description = Para quem é o ticket
cmd-ticket-open-for-type = tipo
    .description = O tipo de ticket (padrão: o primeiro)
cmd-ticket-open-for-reason = motivo
    .description = Do que se trata
error-label-name-taken = Já existe uma etiqueta chamada **{ $name }**.
label-name-problem = { $problem }
label-too-many = Este servidor tem { $most } etiquetas, o máximo. Apague uma com /label delete primeiro.
label-unknown = Não há etiqueta chamada **{ $name }**. /label list mostra todas.
label-already-on = Este ticket já tem a etiqueta **{ $name }**.
label-not-on = Este ticket não tem a etiqueta **{ $name }**.
label-created = Etiqueta **{ $name }** criada. A staff a coloca nos tickets com /ticket label add.
label-deleted = Etiqueta **{ $name }** apagada e retirada de todos os tickets.
label-list = { $count ->
        [one] 1 etiqueta
       *[other] { $count } etiquetas
    }: { $labels }
label-list-empty = Ainda não há etiquetas. Crie uma com /label create.
label-put-on = O ticket { $label } agora tem a etiqueta **{ $name }**.
label-taken-off = O ticket { $label } não tem mais a etiqueta **{ $name }**.
audit-label-created = Etiqueta criada
audit-label-deleted = Etiqueta apagada
audit-label-added = Etiqueta colocada em um ticket
audit-label-removed = Etiqueta retirada de um ticket
audit-detail-label = Etiqueta **{ $name }**
cmd-label = etiqueta
    .description = Etiquetas para organizar os tickets deste servidor
cmd-label-create = criar
    .description = Cria uma etiqueta que a staff pode colocar nos tickets
cmd-label-create-name = nome
    .description = A etiqueta, ex.: bug
cmd-label-delete = apagar
    .description = Apaga uma etiqueta (ela sai de todos os tickets)
cmd-label-delete-name = nome
    .description = A etiqueta a apagar
cmd-label-list = lista
    .description = Mostra as etiquetas deste servidor
cmd-ticket-label = etiqueta
    .description = As etiquetas deste ticket
cmd-ticket-label-add = colocar
    .description = Coloca uma etiqueta neste ticket
cmd-ticket-label-add-name = nome
    .description = A etiqueta a colocar
cmd-ticket-label-remove = tirar
    .description = Tira uma etiqueta deste ticket
cmd-ticket-label-remove-name = nome
    .description = A etiqueta a tirar
menu-open-ticket-about = Abrir ticket sobre isto
notice-opened-about = { $actor } abriu este ticket para { $opener } sobre { $link }:
    { $quote }
cmd-type-option-rating = avaliação
    .description = Se quem abriu o ticket é convidado a avaliá-lo depois de fechado (1 a 5 estrelas)
rating-prompt = Como nos saímos no ticket { $label }? Avalie a ajuda que você recebeu:
rating-thanks = Obrigado! Você avaliou o ticket { $label } com { $stars }.
rating-stars = Uma avaliação vai de 1 a { $most } estrelas.
rating-already = O ticket { $label } já foi avaliado; uma avaliação conta uma vez.
rating-comment-already = O ticket { $label } já tem um comentário.
rating-not-yours = Só quem abriu o ticket pode avaliá-lo.
rating-not-closed = O ticket { $label } não está fechado; ele pode ser avaliado quando estiver.
rating-expired = O ticket { $label } foi fechado há mais de uma semana e não pode mais ser avaliado.
rating-modal-title = Seu comentário
rating-modal-label = O que deu certo, ou o que poderia ser melhor?
button-rate-comment = Adicionar um comentário
audit-ticket-rated = Ticket avaliado
audit-rating-commented = Avaliação comentada
audit-detail-rated = Avaliado com { $stars } ({ $rating } de 5)
audit-detail-rating-comment = Comentário da avaliação:
    { $comment }
cmd-type-option-alert-channel = canal_alertas
    .description = Um canal da staff que recebe um aviso ao vivo por ticket novo, com Assumir
alert-line = { $state ->
        [claimed] 🙋 **{ $label }** · { $type } · { $opener } · assumido por { $claimer }
        [closed] 🔒 ~~**{ $label }** · { $type } · { $opener }~~ · fechado
       *[new] 🎫 **{ $label }** · { $type } · { $opener }
    }
deflect-subject = Do que você precisa?
deflect-title = Estas respostas talvez já ajudem
deflect-solved = { $name } resolveu
deflect-anyway = Abrir o ticket mesmo assim
deflect-your-request = Seu pedido
deflect-glad = Que bom que ajudou! Nenhum ticket foi aberto.
cmd-type-answers-first = respostas-primeiro
    .description = Oferece as respostas salvas que combinam antes de abrir um ticket deste tipo
cmd-type-answers-first-type = tipo
    .description = O tipo de ticket
cmd-type-answers-first-enabled = ativado
    .description = Sim ou não
transcript-used-command = { $user } usou um comando
transcript-rating = Avaliação de quem abriu: { $stars }{ $with_comment ->
        [true] {" "}— “{ $comment }”
       *[false] {""}
    }
notice-opened-about-self = { $opener } abriu este ticket sobre { $link }:
    { $quote }
cmd-config-rating = avaliação
    .description = Se quem abriu um ticket o avalia ao fechar, nos tipos que não dizem (1 a 5 estrelas)
cmd-config-rating-enabled = ativado
    .description = Sim ou não
cmd-config-members-open-about = membros-sobre-mensagens
    .description = Se membros, não só a staff, podem abrir um ticket sobre uma mensagem pelo menu Apps
cmd-config-members-open-about-enabled = ativado
    .description = Sim ou não
discord-reason-priority = Ticket { $label }: prioridade no nome
priority-name-later = O nome vai mostrá-la depois de { $again }: o Discord permite duas renomeações a cada dez minutos.
reply-priority-unnamed = { $said } { $why }
cmd-config-priority-prefix = prioridade-no-nome
    .description = Se a prioridade de um ticket aparece como emoji antes do nome do canal ou tópico
cmd-config-priority-prefix-enabled = ativado
    .description = Sim ou não
web-tickets-sort = { $by ->
        [priority] Mais urgentes primeiro
       *[newest] Mais recentes primeiro
    }
# /stats: a server's figures for a period, for its staff alone.
cmd-stats = estatísticas
    .description = Rapidez de resposta e fechamento dos tickets, avaliações, metas perdidas e tickets pendentes
cmd-stats-days = dias
    .description = O período: os últimos 7, 30, 90 ou 365 dias
cmd-stats-days-choice-7 = últimos 7 dias
cmd-stats-days-choice-30 = últimos 30 dias
cmd-stats-days-choice-90 = últimos 90 dias
cmd-stats-days-choice-365 = últimos 365 dias
cmd-stats-type = tipo
    .description = Só tickets deste tipo
cmd-stats-staff = staff
    .description = Só tickets que este membro da staff respondeu primeiro, assumiu ou fechou
stats-title = Estatísticas de tickets: os últimos { $days } dias
# Under the title when /stats was narrowed to one type. $name: the type's name.
stats-only-type = Tipo: { $name }
stats-note = Os tempos contam só o horário de atendimento de cada tipo; o tempo corrido fica entre parênteses. Os números podem ter um minuto de atraso.
stats-field = { $field ->
        [tickets] Tickets
        [first-response] Primeira resposta
        [resolution] Resolução
        [quality] Qualidade
        [targets] Metas perdidas
        [backlog] Abertos agora
       *[staff] Staff
    }
stats-tickets = { $opened } abertos · { $closed } fechados · { $claimed } assumidos
# Business time, then wall-clock time. $median, $p90: durations such as 1d 2h 3m; $count: how many tickets.
stats-times = mediana { $median }, 90 % em até { $p90 }
    ({ $wall_median }, { $wall_p90 } em tempo corrido; { $count } tickets)
stats-none = nenhum ainda
# $reopened: a percentage or —; $messages: a number or —; $rating: an average such as 4.5, or —.
stats-quality = Reabertos: { $reopened } % · Mensagens por ticket: { $messages } · Avaliação: { $rating } ★ ({ $ratings ->
        [one] 1 avaliação
       *[other] { $ratings } avaliações
    }) · Resolvidos por respostas salvas antes de abrir um ticket: { $deflected } (desde o início)
stats-targets = { $response } primeiras respostas · { $resolution } resoluções
stats-backlog = { $total } abertos: { $day } com menos de um dia · { $days } com 1–3 dias · { $week } com 3–7 dias · { $older } mais antigos
    Esperando a staff: { $staff } · quem abriu: { $opener }
# One staff member's line. $member: a mention; $median: their median first response (or —).
stats-staff-line = { $member }: { $answers } primeiras respostas ({ $median }) · { $claimed } assumidos · { $closed } fechados
# Response targets.
cmd-type-targets = metas
    .description = Metas no horário de atendimento do tipo: até a 1ª resposta da staff e até o fechamento (0: nenhuma)
cmd-type-targets-type = tipo
    .description = O tipo de ticket
cmd-type-targets-first-response = primeira-resposta
    .description = Minutos de horário de atendimento até a primeira resposta da staff (0: sem meta)
cmd-type-targets-resolution = resolução
    .description = Horas de horário de atendimento até o fechamento (0: sem meta)
cmd-config-target-warning = aviso-de-meta
    .description = Quanto de uma meta de resposta um ticket usa antes de a staff ser alertada
cmd-config-target-warning-percent = porcentagem
    .description = Uma porcentagem, de 50 a 95
# $response, $resolution: durations such as 2h, or "none".
type-list-targets = Metas (horário de atendimento): primeira resposta em até { $response }, fechamento em até { $resolution }
settings-target-warning = em { $percent } % de uma meta
# Posted for staff in the type's alert channel (else the log channel). $ticket: a channel mention; $label: #0042;
# $type: the type's name; $target, $elapsed: durations of opening hours such as 1h 30m.
target-alert = { $kind ->
        [response_warned_at] ⏳ { $ticket } ({ $label }, { $type }) espera há { $elapsed } de horário de atendimento por uma primeira resposta; a meta é { $target }.
        [response_breached_at] 🚨 { $ticket } ({ $label }, { $type }) perdeu a meta de primeira resposta de { $target }.
        [resolution_warned_at] ⏳ { $ticket } ({ $label }, { $type }) está aberto há { $elapsed } de horário de atendimento; a meta para fechá-lo é { $target }.
       *[resolution_breached_at] 🚨 { $ticket } ({ $label }, { $type }) perdeu a meta de resolução de { $target }.
    }
# The HTTP API's answers to a wrong statistics query. $choices: "7, 30, 90, 365".
api-error-days = days precisa ser um destes valores: { $choices }.
api-error-stats-type = type precisa ser o ID de um dos tipos de ticket deste servidor.
api-error-stats-staff = staff precisa ser o ID de um membro, como texto de dígitos.
# The viewer's statistics page. $server: the server's name.
web-stats-title = Estatísticas — { $server }
web-stats-link = Estatísticas
web-stats-tickets-link = Tickets
web-stats-csv = Baixar como CSV
web-stats-period = Período
web-stats-show = Mostrar
web-stats-chart = { $chart ->
        [tickets] Tickets por semana
       *[response] Mediana da primeira resposta por semana, em horas do horário de atendimento
    }
# The series of the weekly charts.
web-stats-series = { $series ->
        [opened] abertos
        [closed] fechados
       *[response] primeira resposta
    }
web-stats-by = { $group ->
        [type] Por tipo
       *[staff] Por membro da staff
    }
web-stats-column = { $column ->
        [type] Tipo
        [opened] Abertos
        [closed] Fechados
        [first-response] Mediana da primeira resposta
        [resolution] Mediana da resolução
        [missed] Metas perdidas
        [staff] Membro da staff
        [answers] Primeiras respostas
        [claimed] Assumidos
       *[rating] Avaliação
    }
# The viewer's "My tickets" page: a member's own tickets on the servers they share with the bot.
web-mine-title = Meus tickets
web-mine-none = Você não tem tickets nos servidores que compartilha com este bot.
web-mine-column =
    { $column ->
        [server] Servidor
        [ticket] Ticket
        [type] Tipo
        [status] Status
        [opened] Aberto
        [closed] Fechado
       *[reopen] {""}
    }
# The link to the site's home page, at the top of every page.
web-nav-home = Início
web-not-found = Não há nada neste endereço.
    .title = Página não encontrada
# On "My tickets", for an archived ticket; and what the member, then staff, are told.
web-mine-reopen = Pedir à staff para reabrir
web-reopen-asked = A staff foi avisada para reabrir { $label }. Ela verá seu pedido no canal dela.
    .title = Pedido enviado
web-reopen-not-asked = O pedido não foi enviado: entre de novo e tente outra vez em Meus tickets.
    .title = Não enviado
# Posted for staff, with the ticket's Reopen button. $member: a mention; $label: #0042; $type: the type's name.
reopen-asked = 🔁 { $member } pede para reabrir { $label } ({ $type }).
reopen-ask-not-archived = Só um ticket arquivado pode ser reaberto, e { $label } não está.
reopen-ask-too-soon = A staff já foi avisada hoje para reabrir { $label }.
reopen-ask-nowhere = Este servidor não tem um canal onde a staff veria o pedido; peça a ela no Discord.
reopen-ask-refused = O Discord recusou publicar o pedido; tente mais tarde.
web-unavailable = O banco de dados está indisponível agora. Tente de novo em instantes.
    .title = Indisponível

## The dashboard (web.dashboard): where people who manage a server set the bot up from a browser.

# A dashboard change in the audit log: the command's own words, then where it was made. $details: those words.
audit-detail-via-dashboard = { $details } (pelo painel de controle)
web-dash-not-yours = Só quem gerencia este servidor (Gerenciar servidor) pode abrir o painel de controle dele, e o bot precisa estar no servidor.
    .title = Não é o seu painel de controle
web-dash-forged = Esta alteração não veio de uma página deste site, então não foi feita. Recarregue a página e tente de novo.
    .title = Alteração recusada
# The dashboard's own navigation (its aria-label).
web-dash-sections = Servidor
# A section of a server's pages. $section: tickets, stats, settings, types, panels, tags, labels, blacklist or keys.
web-dash-section =
    { $section ->
        [tickets] Tickets
        [stats] Estatísticas
        [settings] Configurações
        [types] Tipos de ticket
        [panels] Painéis
        [tags] Respostas salvas
        [labels] Etiquetas
        [blacklist] Lista negra
       *[keys] Chaves de API
    }
# What was just saved. $what: setup, settings, created, changed, deleted or posted.
web-dash-saved =
    { $what ->
        [setup] Configuração inicial salva.
        [settings] Configurações salvas.
        [created] Tipo de ticket criado.
        [deleted] Excluído.
        [posted] Painel publicado.
       *[changed] Alterações salvas.
    }
# A group of settings on a form. $group: its name.
web-dash-group =
    { $group ->
        [setup] Equipe, categoria e registro
        [opening] Abrir tickets
        [handling] Atender tickets
        [closing] Fechar tickets
        [basics] Nome e idioma
        [who] Quem abre, quem responde
        [where] Para onde vão os tickets
        [when] Horário e metas
        [welcome] Mensagem de boas-vindas
       *[panel] Painel
    }
# A setting's name on a form. $field: the setting.
web-dash-field =
    { $field ->
        [max_open_tickets] Tickets abertos por membro
        [channel_name_template] Modelo do nome do canal
        [members_open_about] Membros podem abrir um ticket sobre uma mensagem
        [welcome_message] Mensagem de boas-vindas
        [language] Idioma
        [claim_mode] Modo de assumir
        [priority_prefix] Emoji de prioridade antes do nome
        [target_warning_percent] Alertar a equipe nesta parte de uma meta (%)
        [auto_close_hours] Fechar automaticamente após (horas)
        [auto_close_warning_hours] Avisar antes de fechar (horas)
        [idle_counts] Parado significa sem mensagem de
        [confirm_close] Confirmar /ticket close
        [ask_rating] Pedir uma avaliação aos autores
        [on_opener_leave] Quando o autor sai
        [staff_role_ids] Cargos da equipe
        [ticket_category_id] Categoria dos tickets
        [log_channel_id] Canal de registro
        [close_action] Tickets fechados são
        [archive_category_id] Categoria de arquivo
        [overflow_category_id] Categoria de excedente
        [name] Nome
        [emoji] Emoji
        [description] Descrição
        [required_role_ids] Cargos necessários para abrir
        [bypass_role_ids] Cargos que abrem fora do horário
        [ping_role_ids] Cargos mencionados ao abrir
        [max_open] Tickets abertos por membro
        [cooldown_seconds] Espera entre tickets (minutos)
        [category_id] Categoria
        [thread_channel_id] Tópicos privados no canal
        [alert_channel_id] Canal de alertas da equipe
        [hours] Horário de atendimento
        [timezone] Fuso horário
        [response_target_minutes] Meta de primeira resposta (minutos)
        [resolution_target_minutes] Meta de resolução (horas)
        [deflect] Oferecer respostas salvas primeiro
        [channel_id] Canal
        [title] Título
        [button_label] Texto do botão
        [style] Estilo
        [label] Pergunta
        [required] Obrigatória
        [placeholder] Texto de exemplo
        [min_length] Resposta mais curta
        [max_length] Resposta mais longa
        [choices] Opções (separadas por vírgulas)
       *[blocked_role] Cargo
    }
# An empty optional choice: the server's setting (or the default) stands.
web-dash-default = Padrão
web-dash-required = { $field }: precisa ser preenchido.
web-dash-length = { $field }: no máximo { $most } caracteres.
web-dash-range = { $field }: digite um número de { $least } a { $most }.
web-dash-choice = { $field }: escolha uma das opções oferecidas.
web-dash-channel-gone = { $field }: esse canal não existe mais ou não é do tipo certo; escolha outro.
web-dash-member-unknown = Nenhum membro deste servidor tem esse ID.
web-dash-set-up-first = Salve primeiro a configuração inicial acima; as outras configurações vêm depois.
web-dash-save = Salvar
web-dash-post = Publicar
web-dash-preview = Prévia
web-dash-new-type = Novo tipo de ticket
web-dash-types-none = Ainda não há tipos de ticket.
# A column of a dashboard list. $column: its name.
web-dash-column =
    { $column ->
        [name] Nome
        [questions] Perguntas
        [staff] Cargos da equipe
        [description] Descrição
        [panel] Painel
        [channel] Canal
        [offers] Tipos de ticket oferecidos
        [state] Mensagem
        [types] Para tipos de ticket
        [text] Texto
       *[made-by] Criada por
    }
web-dash-form = Formulário
web-dash-form-help = Os membros respondem a estas perguntas ao abrir um ticket (até cinco). Preencha uma linha vazia para adicionar uma, mude os números para reordenar e marque Remover para tirar uma.
web-dash-form-none = Sem perguntas: o ticket abre na hora.
# A row of the form editor. $number: its place.
web-dash-question = Pergunta { $number }
web-dash-position = Posição
web-dash-remove = Remover
# The buttons of Discord's form window, in the preview. $button: cancel or submit.
web-dash-modal =
    { $button ->
        [cancel] Cancelar
       *[submit] Enviar
    }
web-dash-delete-type = Excluir este tipo de ticket
# Before the links to a type's welcome and form in each language.
web-dash-variants = Boas-vindas e formulário para autores que leem:
# The link back to a type's own settings, from one language's welcome and form.
web-dash-variant-own = os do próprio tipo
web-dash-variant-help = Autores cujo Discord está neste idioma recebem estas boas-vindas e este formulário; se vazios, recebem os do tipo.
web-dash-new-panel = Novo painel
web-dash-panels-none = Ainda não há painéis.
web-dash-panel-gone = Mensagem apagada: publique de novo ou exclua
web-dash-panel-posted = Publicado
web-dash-panel-types = Os tipos que este painel oferece; nenhum: o primeiro tipo do servidor, atrás de um só botão.
# The tag Discord shows beside a bot's name.
web-dash-app = APP
web-dash-delete-panel = Excluir este painel
web-dash-blacklist-none = Ninguém está na lista negra.
web-dash-block = Colocar na lista negra
web-dash-block-member = Ou um membro, pelo ID
web-dash-unblock = Remover
web-dash-keys-none = Nenhuma chave de API.
web-dash-key-create = Criar uma chave
web-dash-key-revoke = Revogar
web-dash-key-once = Aqui está a nova chave. Copie agora: ela só aparece desta vez.
web-dash-delete = Excluir
web-dash-tag-new = Nova resposta salva
web-dash-tag-types = Nenhum escolhido: para todos os tipos de ticket.
# How often staff sent a saved reply. $uses: the count.
web-dash-tag-uses =
    { $uses ->
        [one] Enviada uma vez
       *[other] Enviada { $uses } vezes
    }
web-dash-labels-none = Ainda não há etiquetas.
web-dash-label-new = Criar uma etiqueta
# The link from a server's ticket list to its dashboard.
web-dash-link = Configurações
# No member of the server has a name that starts with what was typed as the opener. $name: what was typed.
web-search-no-such-opener = Nenhum membro tem um nome que comece com “{ $name }”.
# Before the members whose names start with what was typed, each a link to their tickets.
web-search-openers = Qual autor?

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



## Web and transcripts



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



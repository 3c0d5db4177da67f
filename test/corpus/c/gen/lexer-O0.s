	.file	"lexer.c"
	.machine "440"
	.section	".text"
	.section	.rodata
	.align 2
.LC0:
	.string	"ident"
	.align 2
.LC1:
	.string	"keyword"
	.align 2
.LC2:
	.string	"number"
	.align 2
.LC3:
	.string	"string"
	.align 2
.LC4:
	.string	"char"
	.align 2
.LC5:
	.string	"op"
	.align 2
.LC6:
	.string	"punct"
	.align 2
.LC7:
	.string	"comment"
	.align 2
.LC8:
	.string	"error"
	.align 2
	.type	kind_name, @object
	.size	kind_name, 36
kind_name:
	.long	.LC0
	.long	.LC1
	.long	.LC2
	.long	.LC3
	.long	.LC4
	.long	.LC5
	.long	.LC6
	.long	.LC7
	.long	.LC8
	.section	".text"
	.align 2
	.type	is_ident, @function
is_ident:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	mr 9,3
	stb 9,8(31)
	lbz 9,8(31)
	cmplwi 0,9,96
	ble 0,.L2
	lbz 9,8(31)
	cmplwi 0,9,122
	ble 0,.L3
.L2:
	lbz 9,8(31)
	cmplwi 0,9,64
	ble 0,.L4
	lbz 9,8(31)
	cmplwi 0,9,90
	ble 0,.L3
.L4:
	lbz 9,8(31)
	cmpwi 0,9,95
	beq 0,.L3
	lbz 9,8(31)
	cmplwi 0,9,47
	ble 0,.L5
	lbz 9,8(31)
	cmplwi 0,9,57
	bgt 0,.L5
.L3:
	li 9,1
	b .L7
.L5:
	li 9,0
.L7:
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	is_ident,.-is_ident
	.section	.rodata
	.align 2
.LC9:
	.string	"else"
	.align 2
.LC10:
	.string	"case"
	.align 2
.LC11:
	.string	"void"
	.align 2
.LC12:
	.string	"while"
	.align 2
.LC13:
	.string	"break"
	.align 2
.LC14:
	.string	"return"
	.align 2
.LC15:
	.string	"switch"
	.section	".text"
	.align 2
	.type	keyword, @function
keyword:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 9,12(31)
	cmplwi 0,9,6
	bgt 0,.L9
	lwz 9,12(31)
	slwi 10,9,2
	lis 9,.L11@ha
	la 9,.L11@l(9)
	add 9,10,9
	lwz 10,0(9)
	lis 9,.L11@ha
	la 9,.L11@l(9)
	add 9,10,9
	mtctr 9
	bctr
	.section	.rodata
	.align 2
	.align 2
.L11:
	.long .L9-.L11
	.long .L9-.L11
	.long .L15-.L11
	.long .L14-.L11
	.long .L13-.L11
	.long .L12-.L11
	.long .L10-.L11
	.section	".text"
.L15:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,105
	bne 0,.L16
	lwz 9,8(31)
	addi 9,9,1
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,102
	beq 0,.L17
.L16:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,100
	bne 0,.L18
	lwz 9,8(31)
	addi 9,9,1
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,111
	bne 0,.L18
.L17:
	li 9,1
	b .L20
.L18:
	li 9,0
	b .L20
.L14:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,102
	beq 0,.L21
	cmpwi 0,9,105
	beq 0,.L22
	b .L40
.L21:
	lwz 9,8(31)
	addi 9,9,1
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,111
	bne 0,.L24
	lwz 9,8(31)
	addi 9,9,2
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,114
	bne 0,.L24
	li 9,1
	b .L20
.L24:
	li 9,0
	b .L20
.L22:
	lwz 9,8(31)
	addi 9,9,1
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,110
	bne 0,.L26
	lwz 9,8(31)
	addi 9,9,2
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,116
	bne 0,.L26
	li 9,1
	b .L20
.L26:
	li 9,0
	b .L20
.L40:
	li 9,0
	b .L20
.L13:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,118
	beq 0,.L28
	cmpwi 0,9,118
	bgt 0,.L29
	cmpwi 0,9,99
	beq 0,.L30
	cmpwi 0,9,101
	bne 0,.L29
	li 5,4
	lis 9,.LC9@ha
	la 4,.LC9@l(9)
	lwz 3,8(31)
	bl memcmp
	mr 9,3
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	b .L20
.L30:
	li 5,4
	lis 9,.LC4@ha
	la 4,.LC4@l(9)
	lwz 3,8(31)
	bl memcmp
	mr 9,3
	cmpwi 0,9,0
	beq 0,.L31
	li 5,4
	lis 9,.LC10@ha
	la 4,.LC10@l(9)
	lwz 3,8(31)
	bl memcmp
	mr 9,3
	cmpwi 0,9,0
	bne 0,.L32
.L31:
	li 9,1
	b .L20
.L32:
	li 9,0
	b .L20
.L28:
	li 5,4
	lis 9,.LC11@ha
	la 4,.LC11@l(9)
	lwz 3,8(31)
	bl memcmp
	mr 9,3
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	b .L20
.L29:
	li 9,0
	b .L20
.L12:
	li 5,5
	lis 9,.LC12@ha
	la 4,.LC12@l(9)
	lwz 3,8(31)
	bl memcmp
	mr 9,3
	cmpwi 0,9,0
	beq 0,.L34
	li 5,5
	lis 9,.LC13@ha
	la 4,.LC13@l(9)
	lwz 3,8(31)
	bl memcmp
	mr 9,3
	cmpwi 0,9,0
	bne 0,.L35
.L34:
	li 9,1
	b .L20
.L35:
	li 9,0
	b .L20
.L10:
	li 5,6
	lis 9,.LC14@ha
	la 4,.LC14@l(9)
	lwz 3,8(31)
	bl memcmp
	mr 9,3
	cmpwi 0,9,0
	beq 0,.L37
	li 5,6
	lis 9,.LC15@ha
	la 4,.LC15@l(9)
	lwz 3,8(31)
	bl memcmp
	mr 9,3
	cmpwi 0,9,0
	bne 0,.L38
.L37:
	li 9,1
	b .L20
.L38:
	li 9,0
	b .L20
.L9:
	li 9,0
.L20:
	mr 3,9
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	keyword,.-keyword
	.align 2
	.type	scan, @function
scan:
.LFB2:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	li 9,1
	stw 9,8(31)
	lwz 9,24(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	addi 9,9,-33
	cmplwi 0,9,92
	bgt 0,.L42
	slwi 10,9,2
	lis 9,.L44@ha
	la 9,.L44@l(9)
	add 9,10,9
	lwz 10,0(9)
	lis 9,.L44@ha
	la 9,.L44@l(9)
	add 9,10,9
	mtctr 9
	bctr
	.section	.rodata
	.align 2
	.align 2
.L44:
	.long .L47-.L44
	.long .L68-.L44
	.long .L42-.L44
	.long .L42-.L44
	.long .L47-.L44
	.long .L45-.L44
	.long .L50-.L44
	.long .L43-.L44
	.long .L43-.L44
	.long .L47-.L44
	.long .L45-.L44
	.long .L43-.L44
	.long .L45-.L44
	.long .L43-.L44
	.long .L49-.L44
	.long .L48-.L44
	.long .L48-.L44
	.long .L48-.L44
	.long .L48-.L44
	.long .L48-.L44
	.long .L48-.L44
	.long .L48-.L44
	.long .L48-.L44
	.long .L48-.L44
	.long .L48-.L44
	.long .L43-.L44
	.long .L43-.L44
	.long .L45-.L44
	.long .L47-.L44
	.long .L45-.L44
	.long .L43-.L44
	.long .L42-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L43-.L44
	.long .L42-.L44
	.long .L43-.L44
	.long .L47-.L44
	.long .L52-.L44
	.long .L42-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L52-.L44
	.long .L43-.L44
	.long .L45-.L44
	.long .L43-.L44
	.section	".text"
.L53:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L52:
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	mr 3,9
	bl is_ident
	mr 9,3
	cmpwi 0,9,0
	bne 0,.L53
	lwz 4,8(31)
	lwz 3,24(31)
	bl keyword
	mr 9,3
	addic 10,9,-1
	subfe 9,10,9
	rlwinm 10,9,0,0xff
	lwz 9,28(31)
	stw 10,0(9)
	lwz 9,8(31)
	b .L54
.L48:
	lwz 9,24(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,48
	bne 0,.L62
	lwz 9,24(31)
	addi 9,9,1
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,120
	beq 0,.L56
	lwz 9,24(31)
	addi 9,9,1
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,88
	bne 0,.L62
.L56:
	li 9,2
	stw 9,8(31)
	b .L57
.L59:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L57:
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,47
	ble 0,.L58
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,57
	ble 0,.L59
.L58:
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,96
	ble 0,.L97
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,102
	ble 0,.L59
	b .L97
.L63:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L62:
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,47
	ble 0,.L61
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,57
	ble 0,.L63
	b .L61
.L97:
	nop
.L61:
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	mr 3,9
	bl is_ident
	mr 9,3
	cmpwi 0,9,0
	beq 0,.L64
	li 9,8
	b .L65
.L64:
	li 9,2
.L65:
	lwz 10,28(31)
	stw 9,0(10)
	b .L66
.L67:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L66:
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	mr 3,9
	bl is_ident
	mr 9,3
	cmpwi 0,9,0
	bne 0,.L67
	lwz 9,8(31)
	b .L54
.L72:
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,92
	bne 0,.L69
	lwz 9,8(31)
	addi 9,9,1
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L69
	li 9,2
	b .L70
.L69:
	li 9,1
.L70:
	lwz 10,8(31)
	add 9,10,9
	stw 9,8(31)
.L68:
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L71
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,34
	beq 0,.L71
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,10
	bne 0,.L72
.L71:
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,34
	bne 0,.L73
	li 9,3
	b .L74
.L73:
	li 9,8
.L74:
	lwz 10,28(31)
	stw 9,0(10)
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,34
	bne 0,.L75
	lwz 9,8(31)
	addi 9,9,1
	b .L54
.L75:
	lwz 9,8(31)
	b .L54
.L50:
	lwz 9,24(31)
	addi 9,9,1
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,92
	bne 0,.L77
	li 9,3
	b .L78
.L77:
	li 9,2
.L78:
	stw 9,8(31)
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,39
	bne 0,.L79
	li 9,4
	b .L80
.L79:
	li 9,8
.L80:
	lwz 10,28(31)
	stw 9,0(10)
	lwz 9,8(31)
	addi 9,9,1
	b .L54
.L49:
	lwz 9,24(31)
	addi 9,9,1
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,47
	bne 0,.L81
	b .L82
.L84:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L82:
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L83
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,10
	bne 0,.L84
.L83:
	lwz 9,28(31)
	li 10,7
	stw 10,0(9)
	lwz 9,8(31)
	b .L54
.L81:
	lwz 9,24(31)
	addi 9,9,1
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,42
	bne 0,.L47
	li 9,2
	stw 9,8(31)
	b .L85
.L87:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L85:
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L86
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,42
	bne 0,.L87
	lwz 9,8(31)
	addi 9,9,1
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,47
	bne 0,.L87
.L86:
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L88
	li 9,7
	b .L89
.L88:
	li 9,8
.L89:
	lwz 10,28(31)
	stw 9,0(10)
	lwz 9,8(31)
	lwz 10,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L90
	lwz 9,8(31)
	addi 9,9,2
	b .L54
.L90:
	lwz 9,8(31)
	b .L54
.L47:
	lwz 9,28(31)
	li 10,5
	stw 10,0(9)
	lwz 9,24(31)
	addi 9,9,1
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,61
	bne 0,.L92
	li 9,2
	b .L54
.L92:
	li 9,1
	b .L54
.L45:
	lwz 9,28(31)
	li 10,5
	stw 10,0(9)
	lwz 9,24(31)
	addi 9,9,1
	lbz 10,0(9)
	lwz 9,24(31)
	lbz 9,0(9)
	rlwinm 10,10,0,0xff
	rlwinm 9,9,0,0xff
	cmpw 0,10,9
	beq 0,.L94
	lwz 9,24(31)
	addi 9,9,1
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,61
	bne 0,.L95
.L94:
	li 9,2
	b .L54
.L95:
	li 9,1
	b .L54
.L43:
	lwz 9,28(31)
	li 10,6
	stw 10,0(9)
	li 9,1
	b .L54
.L42:
	lwz 9,28(31)
	li 10,8
	stw 10,0(9)
	li 9,1
.L54:
	mr 3,9
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	scan,.-scan
	.section	.rodata
	.align 2
	.type	source, @object
	.size	source, 335
source:
	.ascii	"/* sample */ int main(void) {\n  int x = 0x1f + 42, y = x <<"
	.ascii	" 2;\n  char c = '\\n'"
	.string	", d = 'q';\n  for (int i = 0; i < 10; i++) { x += i * y; if (x >= 100 && y != 3) break; }\n  switch (x % 3) { case 0: x--; break; default: x ^= y; }\n  while (x > 0) x = x >> 1 | x & 1;\n  return x ? \"yes \\\"quoted\\\"\" : \"no\"; // done\n  12ab @ $ \"unterminated\n}\n"
	.align 2
.LC16:
	.string	": "
	.align 2
.LC17:
	.string	" '"
	.align 2
.LC18:
	.string	"'\n"
	.align 2
.LC19:
	.string	"tokens"
	.align 2
.LC20:
	.string	"stream"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB3:
	.cfi_startproc
	stwu 1,-96(1)
	.cfi_def_cfa_offset 96
	mflr 0
	stw 0,100(1)
	stw 31,92(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	addi 9,31,36
	li 10,36
	mr 5,10
	li 4,0
	mr 3,9
	bl memset
	li 9,0
	stw 9,8(31)
	li 9,1
	stw 9,12(31)
	li 9,0
	stw 9,16(31)
	lis 9,source@ha
	la 9,source@l(9)
	stw 9,20(31)
	b .L99
.L106:
	lwz 9,20(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,32
	beq 0,.L100
	lwz 9,20(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,10
	bne 0,.L101
.L100:
	lwz 9,20(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	xori 9,9,0xa
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	lwz 10,12(31)
	add 9,10,9
	stw 9,12(31)
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
	b .L99
.L101:
	addi 9,31,72
	mr 4,9
	lwz 3,20(31)
	bl scan
	stw 3,32(31)
	lwz 9,72(31)
	slwi 10,9,2
	addi 8,31,8
	add 10,8,10
	addi 10,10,28
	lwz 10,0(10)
	addi 10,10,1
	slwi 9,9,2
	addi 8,31,8
	add 9,8,9
	addi 9,9,28
	stw 10,0(9)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
	li 9,0
	stw 9,24(31)
	b .L102
.L103:
	lwz 9,16(31)
	mulli 10,9,31
	lwz 9,24(31)
	lwz 8,20(31)
	add 9,8,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	add 9,10,9
	stw 9,16(31)
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L102:
	lwz 10,24(31)
	lwz 9,32(31)
	cmpw 0,10,9
	blt 0,.L103
	lwz 9,16(31)
	mulli 10,9,17
	lwz 9,72(31)
	add 9,10,9
	stw 9,16(31)
	lwz 9,72(31)
	cmplwi 0,9,8
	beq 0,.L104
	lwz 9,72(31)
	cmplwi 0,9,3
	bne 0,.L105
.L104:
	lwz 3,12(31)
	bl print_int
	lis 9,.LC16@ha
	la 3,.LC16@l(9)
	bl print_str
	lwz 9,72(31)
	lis 10,kind_name@ha
	la 10,kind_name@l(10)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	mr 3,9
	bl print_str
	lis 9,.LC17@ha
	la 3,.LC17@l(9)
	bl print_str
	lwz 9,32(31)
	mr 5,9
	lwz 4,20(31)
	li 3,1
	bl write
	lis 9,.LC18@ha
	la 3,.LC18@l(9)
	bl print_str
.L105:
	lwz 9,32(31)
	lwz 10,20(31)
	add 9,10,9
	stw 9,20(31)
.L99:
	lwz 9,20(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L106
	li 9,0
	stw 9,28(31)
	b .L107
.L110:
	lis 9,kind_name@ha
	la 10,kind_name@l(9)
	lwz 9,28(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	mr 3,9
	bl print_str
	li 3,61
	bl print_char
	lwz 9,28(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,28
	lwz 9,0(9)
	mr 3,9
	bl print_int
	lwz 9,28(31)
	cmpwi 0,9,7
	bgt 0,.L108
	li 9,32
	b .L109
.L108:
	li 9,10
.L109:
	rlwinm 9,9,0,0xff
	mr 3,9
	bl print_char
	lwz 9,28(31)
	addi 9,9,1
	stw 9,28(31)
.L107:
	lwz 9,28(31)
	cmpwi 0,9,8
	ble 0,.L110
	lwz 4,8(31)
	lis 9,.LC19@ha
	la 3,.LC19@l(9)
	bl show_int
	lwz 4,16(31)
	lis 9,.LC20@ha
	la 3,.LC20@l(9)
	bl show_hex
	lwz 9,68(31)
	slwi 10,9,4
	lwz 9,40(31)
	add 9,10,9
	mr 3,9
	addi 11,31,96
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	main,.-main
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits

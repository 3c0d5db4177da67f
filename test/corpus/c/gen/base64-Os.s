	.file	"base64.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	hexdump, @function
hexdump:
.LFB3:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stmw 27,12(1)
	.cfi_offset 65, 4
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 27,.LANCHOR0@ha
	mr 28,3
	mr 29,4
	li 31,0
	la 27,.LANCHOR0@l(27)
.L2:
	cmplw 0,29,31
	bgt+ 0,.L7
	addi 11,1,32
	b _restgpr_27_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 65
.L7:
	.cfi_restore_state
	mr 3,31
	mr 30,31
	bl print_hex
	li 3,58
	bl print_char
	addi 31,31,8
.L3:
	cmplw 0,31,30
	bgt+ 0,.L4
.L6:
	bl print_nl
	b .L2
.L4:
	cmplw 0,30,29
	beq- 0,.L6
	li 3,32
	bl print_char
	lbzx 9,28,30
	srwi 9,9,4
	lbzx 3,27,9
	bl print_char
	lbzx 9,28,30
	addi 30,30,1
	rlwinm 9,9,0,28,31
	lbzx 3,27,9
	bl print_char
	b .L3
	.cfi_endproc
.LFE3:
	.size	hexdump,.-hexdump
	.align 2
	.type	b64val, @function
b64val:
.LFB1:
	.cfi_startproc
	mr 9,3
	addi 3,3,-65
	rlwinm 10,3,0,0xff
	cmplwi 0,10,25
	blelr- 0
	addi 10,9,-97
	rlwinm 10,10,0,0xff
	cmplwi 0,10,25
	bgt+ 0,.L12
	addi 3,9,-71
	blr
.L12:
	addi 10,9,-48
	rlwinm 10,10,0,0xff
	cmplwi 0,10,9
	bgt+ 0,.L13
	addi 9,9,4
	rlwinm 3,9,0,0xff
	blr
.L13:
	cmplwi 0,9,43
	li 3,62
	beqlr- 0
	cmplwi 0,9,47
	li 3,63
	beqlr+ 0
	li 3,-1
	blr
	.cfi_endproc
.LFE1:
	.size	b64val,.-b64val
	.align 2
	.type	b64dec, @function
b64dec:
.LFB2:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mfcr 12
	mflr 0
	stw 0,52(1)
	stw 12,12(1)
	stmw 24,16(1)
	.cfi_offset 65, 4
	.cfi_offset 70, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 29,3
	mr 25,4
	li 30,0
.L26:
	lbz 3,0(29)
	cmpwi 0,3,0
	beq- 0,.L17
	lbz 27,1(29)
	cmpwi 0,27,0
	beq- 0,.L34
	lbz 28,2(29)
	cmpwi 0,28,0
	beq- 0,.L34
	lbz 24,3(29)
	cmpwi 0,24,0
	beq- 0,.L34
	bl b64val
	mr 31,3
	mr 3,27
	bl b64val
	cmpwi 0,28,61
	mr 27,3
	cmpwi 4,24,61
	or 26,31,3
	bne+ 0,.L19
	bne+ 4,.L20
	cmpwi 0,26,0
	blt- 0,.L34
	li 3,0
	li 28,0
.L21:
	slwi 9,31,18
	slwi 27,27,12
	or 9,9,27
	slwi 28,28,6
	or 9,9,3
	addi 10,30,1
	or 9,9,28
	srwi 8,9,16
	stbx 8,25,30
	lbz 8,2(29)
	cmpwi 0,8,61
	beq- 0,.L24
	srwi 8,9,8
	stbx 8,25,10
	addi 10,30,2
.L24:
	lbz 8,3(29)
	cmpwi 0,8,61
	beq- 0,.L25
	stbx 9,25,10
	addi 10,10,1
.L25:
	addi 29,29,4
	mr 30,10
	b .L26
.L19:
	mr 3,28
	bl b64val
	mr 28,3
	bne+ 4,.L22
	or. 26,26,3
	blt- 0,.L34
	li 3,0
	b .L21
.L20:
	mr 3,24
	bl b64val
	cmpwi 0,26,0
	blt- 0,.L34
	li 28,0
.L23:
	cmpwi 0,3,0
	bge+ 0,.L21
	b .L34
.L22:
	mr 3,24
	bl b64val
	or. 26,26,28
	bge+ 0,.L23
.L34:
	li 30,-1
.L17:
	lwz 12,12(1)
	addi 11,1,48
	mr 3,30
	mtcrf 8,12
	b _restgpr_24_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 65
	.cfi_restore 70
	.cfi_endproc
.LFE2:
	.size	b64dec,.-b64dec
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"\"\n"
.LC1:
	.string	"round trips"
.LC2:
	.string	"ab$d"
.LC3:
	.string	"invalid"
.LC4:
	.string	"abc"
.LC5:
	.string	"short"
.LC6:
	.string	"rle:"
.LC7:
	.string	"utf8 decoded"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB7:
	.cfi_startproc
	stwu 1,-288(1)
	.cfi_def_cfa_offset 288
	mflr 0
	stmw 23,252(1)
	.cfi_register 65, 0
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 31,.LANCHOR0@ha
	stw 0,292(1)
	.cfi_offset 65, 4
	la 31,.LANCHOR0@l(31)
	lis 27,.LC0@ha
	li 28,0
	li 29,0
	addi 25,31,88
	li 24,0
	la 27,.LC0@l(27)
.L46:
	slwi 9,28,2
	li 30,0
	lwzx 23,9,25
	b .L56
.L47:
	addi 30,30,1
.L56:
	lbzx 9,23,30
	cmpwi 0,9,0
	bne+ 0,.L47
	addi 7,1,72
	li 8,2
	li 6,0
	mr 26,7
	addi 4,23,-2
	addi 3,23,-1
.L48:
	addi 9,8,-2
	cmplw 0,30,9
	bgt+ 0,.L53
	addi 9,1,8
	li 3,34
	add 6,9,6
	stb 24,64(6)
	bl print_char
	mr 3,26
	bl print_str
	mr 3,27
	bl print_str
	addi 4,1,8
	mr 3,26
	bl b64dec
	li 9,0
	cmpw 0,30,3
	bne+ 0,.L54
	mr 5,30
	mr 4,23
	addi 3,1,8
	bl memcmp
	cntlzw 9,3
	srwi 9,9,5
.L54:
	addi 28,28,1
	add 29,29,9
	cmpwi 0,28,8
	bne+ 0,.L46
	lis 3,.LC1@ha
	mr 4,29
	la 3,.LC1@l(3)
	bl show_int
	lis 3,.LC2@ha
	addi 4,1,8
	la 3,.LC2@l(3)
	bl b64dec
	mr 4,3
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
	bl show_int
	lis 3,.LC4@ha
	addi 4,1,8
	la 3,.LC4@l(3)
	bl b64dec
	mr 4,3
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl show_int
	li 10,20
	li 9,0
	addi 3,1,216
	mtctr 10
.L57:
	mullw 10,9,9
	mulli 10,10,13
	addi 10,10,7
	stbx 10,9,3
	addi 9,9,1
	bdnz .L57
	li 4,20
	li 30,0
	bl hexdump
	addi 9,1,176
	li 8,0
	mr 27,9
	addi 11,31,119
.L58:
	add 6,31,8
	subfic 10,8,16
	lbz 6,120(6)
	addi 7,8,1
	mtctr 10
	rlwinm 3,6,0,0xff
	b .L61
.L53:
	lbzx 9,4,8
	addi 5,8,-1
	cmplw 7,30,5
	li 10,0
	slwi 9,9,16
	ble- 7,.L49
	lbzx 10,3,8
	slwi 10,10,8
.L49:
	cmplw 0,30,8
	or 9,9,10
	li 10,0
	ble- 0,.L50
	lbzx 10,23,8
.L50:
	srwi 5,9,18
	or 10,9,10
	rlwinm 9,9,20,26,31
	add 5,31,5
	add 9,31,9
	lbz 5,20(5)
	lbz 9,20(9)
	stb 5,0(7)
	stb 9,1(7)
	ble- 7,.L75
	rlwinm 9,10,26,26,31
	add 9,31,9
	lbz 9,20(9)
.L51:
	stb 9,2(7)
	ble- 0,.L76
	rlwinm 10,10,0,26,31
	add 10,31,10
	lbz 9,20(10)
.L52:
	stb 9,3(7)
	addi 6,6,4
	addi 7,7,4
	addi 8,8,3
	b .L48
.L75:
	li 9,61
	b .L51
.L76:
	li 9,61
	b .L52
.L78:
	mr 7,4
.L61:
	subf 5,8,7
	bdnz .L59
	stb 5,0(9)
	lis 3,.LC6@ha
	stb 6,1(9)
	la 3,.LC6@l(3)
	addi 30,30,2
	li 28,0
	bl print_str
.L60:
	cmplw 0,28,30
	bne+ 0,.L62
	bl print_nl
	li 9,8
	addi 5,31,132
	li 28,0
	addi 30,1,136
	lis 4,0x1
	mtctr 9
.L67:
	lwzu 9,4(5)
	add 10,30,28
	cmplwi 0,9,127
	bgt+ 0,.L63
	stbx 9,30,28
	li 9,1
.L64:
	add 28,28,9
	bdnz .L67
	mr 4,28
	mr 3,30
	bl hexdump
	li 27,0
	li 8,0
	li 6,63
	addi 31,31,136
.L72:
	lbz 9,0(30)
	cmplwi 0,9,239
	bgt- 0,.L79
	cmplwi 0,9,223
	bgt- 0,.L80
	cmplwi 0,9,191
	li 10,0
	ble- 0,.L69
	li 10,1
.L68:
	sraw 7,6,10
	and 9,9,7
.L69:
	addi 5,10,1
	mr 7,30
	mtctr 5
	b .L70
.L59:
	addi 4,7,1
	lbzx 0,4,11
	cmpw 0,0,3
	beq+ 0,.L78
	stb 5,0(9)
	addi 30,30,2
	stb 6,1(9)
	mr 8,7
	addi 9,9,2
	b .L58
.L62:
	li 3,32
	bl print_char
	lbzx 3,27,28
	addi 28,28,1
	bl print_uint
	b .L60
.L63:
	cmplwi 0,9,2047
	rlwinm 6,9,0,26,31
	li 7,-1
	srwi 8,9,6
	rlwimi 6,7,7,0,24
	bgt+ 0,.L65
	li 9,-1
	stb 6,1(10)
	rlwimi 8,9,6,0,25
	li 9,2
	stb 8,0(10)
	b .L64
.L65:
	cmplw 0,9,4
	rlwinm 8,8,0,26,31
	li 3,-1
	srwi 7,9,12
	rlwimi 8,3,7,0,24
	bge+ 0,.L66
	li 9,-1
	stb 8,1(10)
	rlwimi 7,9,5,0,26
	stb 6,2(10)
	stb 7,0(10)
	li 9,3
	b .L64
.L66:
	srwi 9,9,18
	li 3,-1
	rlwimi 9,3,4,0,27
	rlwinm 7,7,0,26,31
	stb 9,0(10)
	li 9,-1
	rlwimi 7,9,7,0,24
	stb 8,2(10)
	stb 7,1(10)
	li 9,4
	stb 6,3(10)
	b .L64
.L79:
	li 10,3
	b .L68
.L80:
	li 10,2
	b .L68
.L71:
	lbzu 5,1(7)
	rlwimi 5,9,6,0,31-6
	mr 9,5
.L70:
	bdnz .L71
	addi 10,10,1
	add 30,30,10
	slwi 10,8,2
	lwzx 10,10,31
	addi 8,8,1
	cmpwi 0,8,8
	xor 9,10,9
	subfic 9,9,0
	addze 27,27
	bne+ 0,.L72
	lis 3,.LC7@ha
	mr 4,27
	la 3,.LC7@l(3)
	bl show_int
	add 3,27,29
	addi 11,1,288
	add 3,3,28
	b _restgpr_23_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 23
	.cfi_restore 65
	.cfi_endproc
.LFE7:
	.size	main,.-main
	.section	.rodata.str1.1
.LC8:
	.string	""
.LC9:
	.string	"f"
.LC10:
	.string	"fo"
.LC11:
	.string	"foo"
.LC12:
	.string	"foob"
.LC13:
	.string	"fooba"
.LC14:
	.string	"foobar"
.LC15:
	.string	"Many hands make light work."
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	hx.0, @object
	.size	hx.0, 17
hx.0:
	.string	"0123456789abcdef"
	.zero	3
	.type	B64, @object
	.size	B64, 65
B64:
	.string	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	.zero	3
	.type	msgs.3, @object
	.size	msgs.3, 32
msgs.3:
	.long	.LC8
	.long	.LC9
	.long	.LC10
	.long	.LC11
	.long	.LC12
	.long	.LC13
	.long	.LC14
	.long	.LC15
	.type	runs.2, @object
	.size	runs.2, 16
runs.2:
	.string	"\001\001\001\001\002\003\003"
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.ascii	"\t\t\001"
	.type	cps.1, @object
	.size	cps.1, 32
cps.1:
	.long	65
	.long	233
	.long	945
	.long	8364
	.long	128512
	.long	1114111
	.long	2047
	.long	2048
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits

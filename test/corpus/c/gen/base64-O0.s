	.file	"base64.c"
	.machine "440"
	.section	".text"
	.section	.rodata
	.align 2
	.type	B64, @object
	.size	B64, 65
B64:
	.string	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	.section	".text"
	.align 2
	.type	b64enc, @function
b64enc:
.LFB0:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	li 9,0
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L2
.L11:
	lwz 10,24(31)
	lwz 9,12(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	slwi 10,9,16
	lwz 9,12(31)
	addi 9,9,1
	lwz 8,28(31)
	cmplw 0,8,9
	ble 0,.L3
	lwz 9,12(31)
	addi 9,9,1
	lwz 8,24(31)
	add 9,8,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	slwi 9,9,8
	b .L4
.L3:
	li 9,0
.L4:
	or 10,9,10
	lwz 9,12(31)
	addi 9,9,2
	lwz 8,28(31)
	cmplw 0,8,9
	ble 0,.L5
	lwz 9,12(31)
	addi 9,9,2
	lwz 8,24(31)
	add 9,8,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	b .L6
.L5:
	li 9,0
.L6:
	or 9,9,10
	stw 9,16(31)
	lwz 9,16(31)
	srwi 9,9,18
	rlwinm 10,9,0,26,31
	lwz 9,8(31)
	addi 8,9,1
	stw 8,8(31)
	lwz 8,32(31)
	add 9,8,9
	lis 8,B64@ha
	la 8,B64@l(8)
	lbzx 10,8,10
	stb 10,0(9)
	lwz 9,16(31)
	srwi 9,9,12
	rlwinm 10,9,0,26,31
	lwz 9,8(31)
	addi 8,9,1
	stw 8,8(31)
	lwz 8,32(31)
	add 9,8,9
	lis 8,B64@ha
	la 8,B64@l(8)
	lbzx 10,8,10
	stb 10,0(9)
	lwz 9,12(31)
	addi 9,9,1
	lwz 10,28(31)
	cmplw 0,10,9
	ble 0,.L7
	lwz 9,16(31)
	srwi 9,9,6
	rlwinm 9,9,0,26,31
	lis 10,B64@ha
	la 10,B64@l(10)
	lbzx 9,10,9
	b .L8
.L7:
	li 9,61
.L8:
	lwz 10,8(31)
	addi 8,10,1
	stw 8,8(31)
	lwz 8,32(31)
	add 10,8,10
	stb 9,0(10)
	lwz 9,12(31)
	addi 9,9,2
	lwz 10,28(31)
	cmplw 0,10,9
	ble 0,.L9
	lwz 9,16(31)
	rlwinm 9,9,0,26,31
	lis 10,B64@ha
	la 10,B64@l(10)
	lbzx 9,10,9
	b .L10
.L9:
	li 9,61
.L10:
	lwz 10,8(31)
	addi 8,10,1
	stw 8,8(31)
	lwz 8,32(31)
	add 10,8,10
	stb 9,0(10)
	lwz 9,12(31)
	addi 9,9,3
	stw 9,12(31)
.L2:
	lwz 10,12(31)
	lwz 9,28(31)
	cmplw 0,10,9
	blt 0,.L11
	lwz 10,32(31)
	lwz 9,8(31)
	add 9,10,9
	li 10,0
	stb 10,0(9)
	lwz 9,8(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	b64enc,.-b64enc
	.align 2
	.type	b64val, @function
b64val:
.LFB1:
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
	cmplwi 0,9,64
	ble 0,.L14
	lbz 9,8(31)
	cmplwi 0,9,90
	bgt 0,.L14
	lbz 9,8(31)
	addi 9,9,-65
	b .L15
.L14:
	lbz 9,8(31)
	cmplwi 0,9,96
	ble 0,.L16
	lbz 9,8(31)
	cmplwi 0,9,122
	bgt 0,.L16
	lbz 9,8(31)
	addi 9,9,-71
	b .L15
.L16:
	lbz 9,8(31)
	cmplwi 0,9,47
	ble 0,.L17
	lbz 9,8(31)
	cmplwi 0,9,57
	bgt 0,.L17
	lbz 9,8(31)
	addi 9,9,4
	b .L15
.L17:
	lbz 9,8(31)
	cmpwi 0,9,43
	bne 0,.L18
	li 9,62
	b .L15
.L18:
	lbz 9,8(31)
	cmpwi 0,9,47
	bne 0,.L19
	li 9,63
	b .L15
.L19:
	li 9,-1
.L15:
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	b64val,.-b64val
	.align 2
	.type	b64dec, @function
b64dec:
.LFB2:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	stw 0,68(1)
	stw 31,60(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,40(31)
	stw 4,44(31)
	li 9,0
	stw 9,8(31)
.L33:
	lwz 9,40(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L21
	lwz 9,8(31)
	b .L22
.L21:
	lwz 9,40(31)
	addi 9,9,1
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L23
	lwz 9,40(31)
	addi 9,9,2
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L23
	lwz 9,40(31)
	addi 9,9,3
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L24
.L23:
	li 9,-1
	b .L22
.L24:
	lwz 9,40(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	mr 3,9
	bl b64val
	stw 3,12(31)
	lwz 9,40(31)
	addi 9,9,1
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	mr 3,9
	bl b64val
	stw 3,16(31)
	lwz 9,40(31)
	addi 9,9,2
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,61
	beq 0,.L25
	lwz 9,40(31)
	addi 9,9,2
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	mr 3,9
	bl b64val
	mr 9,3
	b .L26
.L25:
	li 9,0
.L26:
	stw 9,20(31)
	lwz 9,40(31)
	addi 9,9,3
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,61
	beq 0,.L27
	lwz 9,40(31)
	addi 9,9,3
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	mr 3,9
	bl b64val
	mr 9,3
	b .L28
.L27:
	li 9,0
.L28:
	stw 9,24(31)
	lwz 9,12(31)
	cmpwi 0,9,0
	blt 0,.L29
	lwz 9,16(31)
	cmpwi 0,9,0
	blt 0,.L29
	lwz 9,20(31)
	cmpwi 0,9,0
	blt 0,.L29
	lwz 9,24(31)
	cmpwi 0,9,0
	bge 0,.L30
.L29:
	li 9,-1
	b .L22
.L30:
	lwz 9,12(31)
	slwi 10,9,18
	lwz 9,16(31)
	slwi 9,9,12
	or 10,10,9
	lwz 9,20(31)
	slwi 9,9,6
	or 10,10,9
	lwz 9,24(31)
	or 9,10,9
	stw 9,28(31)
	lwz 9,28(31)
	srwi 8,9,16
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	mr 10,9
	lwz 9,44(31)
	add 9,9,10
	mr 10,8
	stb 10,0(9)
	lwz 9,40(31)
	addi 9,9,2
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,61
	beq 0,.L31
	lwz 9,28(31)
	srwi 8,9,8
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	mr 10,9
	lwz 9,44(31)
	add 9,9,10
	mr 10,8
	stb 10,0(9)
.L31:
	lwz 9,40(31)
	addi 9,9,3
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,61
	beq 0,.L32
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	mr 10,9
	lwz 9,44(31)
	add 9,9,10
	lwz 10,28(31)
	stb 10,0(9)
.L32:
	lwz 9,40(31)
	addi 9,9,4
	stw 9,40(31)
	b .L33
.L22:
	mr 3,9
	addi 11,31,64
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
	.size	b64dec,.-b64dec
	.align 2
	.type	hexdump, @function
hexdump:
.LFB3:
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
	li 9,0
	stw 9,8(31)
	b .L35
.L39:
	lwz 3,8(31)
	bl print_hex
	li 3,58
	bl print_char
	lwz 9,8(31)
	stw 9,12(31)
	b .L36
.L38:
	li 3,32
	bl print_char
	lwz 10,24(31)
	lwz 9,12(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	srwi 9,9,4
	rlwinm 9,9,0,0xff
	lis 10,hx.3@ha
	la 10,hx.3@l(10)
	lbzx 9,10,9
	rlwinm 9,9,0,0xff
	mr 3,9
	bl print_char
	lwz 10,24(31)
	lwz 9,12(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	rlwinm 9,9,0,28,31
	lis 10,hx.3@ha
	la 10,hx.3@l(10)
	lbzx 9,10,9
	rlwinm 9,9,0,0xff
	mr 3,9
	bl print_char
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L36:
	lwz 9,8(31)
	addi 9,9,8
	lwz 10,12(31)
	cmplw 0,10,9
	bge 0,.L37
	lwz 10,12(31)
	lwz 9,28(31)
	cmplw 0,10,9
	blt 0,.L38
.L37:
	bl print_nl
	lwz 9,8(31)
	addi 9,9,8
	stw 9,8(31)
.L35:
	lwz 10,8(31)
	lwz 9,28(31)
	cmplw 0,10,9
	blt 0,.L39
	nop
	nop
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
.LFE3:
	.size	hexdump,.-hexdump
	.align 2
	.type	rle, @function
rle:
.LFB4:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	li 9,0
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L41
.L45:
	li 9,1
	stw 9,16(31)
	b .L42
.L44:
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L42:
	lwz 10,12(31)
	lwz 9,16(31)
	add 9,10,9
	lwz 10,28(31)
	cmplw 0,10,9
	ble 0,.L43
	lwz 10,12(31)
	lwz 9,16(31)
	add 9,10,9
	lwz 10,24(31)
	add 9,10,9
	lbz 8,0(9)
	lwz 10,24(31)
	lwz 9,12(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 10,8,0,0xff
	rlwinm 9,9,0,0xff
	cmpw 0,10,9
	bne 0,.L43
	lwz 9,16(31)
	cmplwi 0,9,254
	ble 0,.L44
.L43:
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	lwz 10,32(31)
	add 9,10,9
	lwz 10,16(31)
	stb 10,0(9)
	lwz 10,24(31)
	lwz 9,12(31)
	add 10,10,9
	lwz 9,8(31)
	addi 8,9,1
	stw 8,8(31)
	lwz 8,32(31)
	add 9,8,9
	lbz 10,0(10)
	stb 10,0(9)
	lwz 10,12(31)
	lwz 9,16(31)
	add 9,10,9
	stw 9,12(31)
.L41:
	lwz 10,12(31)
	lwz 9,28(31)
	cmplw 0,10,9
	blt 0,.L45
	lwz 9,8(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	rle,.-rle
	.align 2
	.type	utf8enc, @function
utf8enc:
.LFB5:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 9,8(31)
	cmplwi 0,9,127
	bgt 0,.L48
	lwz 9,8(31)
	mr 10,9
	lwz 9,12(31)
	stb 10,0(9)
	li 9,1
	b .L49
.L48:
	lwz 9,8(31)
	cmplwi 0,9,2047
	bgt 0,.L50
	lwz 9,8(31)
	srwi 9,9,6
	oris 9,9,0xffff
	ori 9,9,0xffc0
	mr 10,9
	lwz 9,12(31)
	stb 10,0(9)
	lwz 9,8(31)
	rlwinm 9,9,0,26,31
	mr 10,9
	lwz 9,12(31)
	addi 9,9,1
	oris 10,10,0xffff
	ori 10,10,0xff80
	stb 10,0(9)
	li 9,2
	b .L49
.L50:
	lwz 10,8(31)
	lis 9,0x1
	cmplw 0,10,9
	bge 0,.L51
	lwz 9,8(31)
	srwi 9,9,12
	oris 9,9,0xffff
	ori 9,9,0xffe0
	mr 10,9
	lwz 9,12(31)
	stb 10,0(9)
	lwz 9,8(31)
	srwi 9,9,6
	rlwinm 9,9,0,26,31
	mr 10,9
	lwz 9,12(31)
	addi 9,9,1
	oris 10,10,0xffff
	ori 10,10,0xff80
	stb 10,0(9)
	lwz 9,8(31)
	rlwinm 9,9,0,26,31
	mr 10,9
	lwz 9,12(31)
	addi 9,9,2
	oris 10,10,0xffff
	ori 10,10,0xff80
	stb 10,0(9)
	li 9,3
	b .L49
.L51:
	lwz 9,8(31)
	srwi 9,9,18
	oris 9,9,0xffff
	ori 9,9,0xfff0
	mr 10,9
	lwz 9,12(31)
	stb 10,0(9)
	lwz 9,8(31)
	srwi 9,9,12
	rlwinm 9,9,0,26,31
	mr 10,9
	lwz 9,12(31)
	addi 9,9,1
	oris 10,10,0xffff
	ori 10,10,0xff80
	stb 10,0(9)
	lwz 9,8(31)
	srwi 9,9,6
	rlwinm 9,9,0,26,31
	mr 10,9
	lwz 9,12(31)
	addi 9,9,2
	oris 10,10,0xffff
	ori 10,10,0xff80
	stb 10,0(9)
	lwz 9,8(31)
	rlwinm 9,9,0,26,31
	mr 10,9
	lwz 9,12(31)
	addi 9,9,3
	oris 10,10,0xffff
	ori 10,10,0xff80
	stb 10,0(9)
	li 9,4
.L49:
	mr 3,9
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE5:
	.size	utf8enc,.-utf8enc
	.align 2
	.type	utf8dec, @function
utf8dec:
.LFB6:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	lwz 9,24(31)
	lwz 9,0(9)
	stw 9,8(31)
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	stw 9,12(31)
	lwz 9,12(31)
	cmplwi 0,9,239
	bgt 0,.L53
	lwz 9,12(31)
	cmplwi 0,9,223
	bgt 0,.L54
	lwz 9,12(31)
	subfic 9,9,191
	subfe 9,9,9
	neg 9,9
	rlwinm 9,9,0,0xff
	b .L56
.L54:
	li 9,2
	b .L56
.L53:
	li 9,3
.L56:
	stw 9,16(31)
	lwz 9,16(31)
	cmpwi 0,9,0
	beq 0,.L58
	li 10,63
	lwz 9,16(31)
	sraw 9,10,9
	mr 10,9
	lwz 9,12(31)
	and 9,9,10
	stw 9,12(31)
	b .L58
.L59:
	lwz 9,12(31)
	slwi 10,9,6
	lwz 9,8(31)
	addi 8,9,1
	stw 8,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	rlwinm 9,9,0,26,31
	or 9,10,9
	stw 9,12(31)
.L58:
	lwz 9,16(31)
	addi 10,9,-1
	stw 10,16(31)
	cmpwi 0,9,0
	bne 0,.L59
	lwz 9,24(31)
	lwz 10,8(31)
	stw 10,0(9)
	lwz 9,12(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE6:
	.size	utf8dec,.-utf8dec
	.section	.rodata
	.align 2
.LC0:
	.string	"\"\n"
	.align 2
.LC1:
	.string	"round trips"
	.align 2
.LC2:
	.string	"ab$d"
	.align 2
.LC3:
	.string	"invalid"
	.align 2
.LC4:
	.string	"abc"
	.align 2
.LC5:
	.string	"short"
	.align 2
.LC6:
	.string	"rle:"
	.align 2
.LC7:
	.string	"utf8 decoded"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB7:
	.cfi_startproc
	stwu 1,-304(1)
	.cfi_def_cfa_offset 304
	mflr 0
	stw 0,308(1)
	stw 31,300(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L62
.L67:
	li 9,0
	stw 9,16(31)
	b .L63
.L64:
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L63:
	lis 9,msgs.2@ha
	la 10,msgs.2@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lwz 9,16(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L64
	lis 9,msgs.2@ha
	la 10,msgs.2@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	addi 10,31,52
	mr 5,10
	lwz 4,16(31)
	mr 3,9
	bl b64enc
	li 3,34
	bl print_char
	addi 9,31,52
	mr 3,9
	bl print_str
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl print_str
	addi 10,31,116
	addi 9,31,52
	mr 4,10
	mr 3,9
	bl b64dec
	stw 3,48(31)
	lwz 9,16(31)
	lwz 10,48(31)
	cmpw 0,10,9
	bne 0,.L65
	lis 9,msgs.2@ha
	la 10,msgs.2@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	addi 9,31,116
	lwz 5,16(31)
	mr 4,10
	mr 3,9
	bl memcmp
	mr 9,3
	cmpwi 0,9,0
	bne 0,.L65
	li 9,1
	b .L66
.L65:
	li 9,0
.L66:
	lwz 10,8(31)
	add 9,10,9
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L62:
	lwz 9,12(31)
	cmpwi 0,9,7
	ble 0,.L67
	lwz 4,8(31)
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl show_int
	addi 9,31,116
	mr 4,9
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl b64dec
	mr 9,3
	mr 4,9
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl show_int
	addi 9,31,116
	mr 4,9
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl b64dec
	mr 9,3
	mr 4,9
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_int
	li 9,0
	stw 9,20(31)
	b .L68
.L69:
	lwz 9,20(31)
	mr 10,9
	lwz 9,20(31)
	mullw 9,10,9
	mulli 9,9,13
	addi 9,9,7
	mr 8,9
	addi 10,31,180
	lwz 9,20(31)
	add 9,10,9
	stb 8,0(9)
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L68:
	lwz 9,20(31)
	cmpwi 0,9,19
	ble 0,.L69
	addi 9,31,180
	li 4,20
	mr 3,9
	bl hexdump
	addi 9,31,200
	mr 5,9
	li 4,16
	lis 9,runs.1@ha
	la 3,runs.1@l(9)
	bl rle
	stw 3,44(31)
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl print_str
	li 9,0
	stw 9,24(31)
	b .L70
.L71:
	li 3,32
	bl print_char
	addi 10,31,200
	lwz 9,24(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	mr 3,9
	bl print_uint
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L70:
	lwz 10,24(31)
	lwz 9,44(31)
	cmplw 0,10,9
	blt 0,.L71
	bl print_nl
	li 9,0
	stw 9,28(31)
	li 9,0
	stw 9,32(31)
	b .L72
.L73:
	lis 9,cps.0@ha
	la 10,cps.0@l(9)
	lwz 9,32(31)
	slwi 9,9,2
	add 9,10,9
	lwz 8,0(9)
	lwz 9,28(31)
	addi 10,31,240
	add 9,10,9
	mr 4,9
	mr 3,8
	bl utf8enc
	mr 10,3
	lwz 9,28(31)
	add 9,9,10
	stw 9,28(31)
	lwz 9,32(31)
	addi 9,9,1
	stw 9,32(31)
.L72:
	lwz 9,32(31)
	cmpwi 0,9,7
	ble 0,.L73
	lwz 10,28(31)
	addi 9,31,240
	mr 4,10
	mr 3,9
	bl hexdump
	addi 9,31,240
	stw 9,280(31)
	li 9,0
	stw 9,36(31)
	li 9,0
	stw 9,40(31)
	b .L74
.L75:
	addi 9,31,280
	mr 3,9
	bl utf8dec
	mr 8,3
	lis 9,cps.0@ha
	la 10,cps.0@l(9)
	lwz 9,40(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	xor 9,8,9
	cntlzw 9,9
	srwi 9,9,5
	rlwinm 9,9,0,0xff
	lwz 10,36(31)
	add 9,10,9
	stw 9,36(31)
	lwz 9,40(31)
	addi 9,9,1
	stw 9,40(31)
.L74:
	lwz 9,40(31)
	cmpwi 0,9,7
	ble 0,.L75
	lwz 4,36(31)
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl show_int
	lwz 10,8(31)
	lwz 9,36(31)
	add 10,10,9
	lwz 9,28(31)
	add 9,10,9
	mr 3,9
	addi 11,31,304
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE7:
	.size	main,.-main
	.section	.rodata
	.align 2
	.type	hx.3, @object
	.size	hx.3, 17
hx.3:
	.string	"0123456789abcdef"
	.align 2
.LC8:
	.string	""
	.align 2
.LC9:
	.string	"f"
	.align 2
.LC10:
	.string	"fo"
	.align 2
.LC11:
	.string	"foo"
	.align 2
.LC12:
	.string	"foob"
	.align 2
.LC13:
	.string	"fooba"
	.align 2
.LC14:
	.string	"foobar"
	.align 2
.LC15:
	.string	"Many hands make light work."
	.align 2
	.type	msgs.2, @object
	.size	msgs.2, 32
msgs.2:
	.long	.LC8
	.long	.LC9
	.long	.LC10
	.long	.LC11
	.long	.LC12
	.long	.LC13
	.long	.LC14
	.long	.LC15
	.align 2
	.type	runs.1, @object
	.size	runs.1, 16
runs.1:
	.string	"\001\001\001\001\002\003\003"
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.ascii	"\t\t\001"
	.align 2
	.type	cps.0, @object
	.size	cps.0, 32
cps.0:
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

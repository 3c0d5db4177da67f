	.file	"fixedpoint.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	sat15, @function
sat15:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	cmpwi 0,9,32767
	bgt 0,.L2
	lwz 10,8(31)
	li 9,-32768
	cmpw 0,10,9
	blt 0,.L3
	lwz 9,8(31)
	b .L6
.L3:
	li 9,-32768
	b .L6
.L2:
	li 9,32767
.L6:
	extsh 9,9
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
	.size	sat15,.-sat15
	.align 2
	.type	sat7, @function
sat7:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 9,8(31)
	cmpwi 0,9,127
	bgt 0,.L8
	lwz 10,8(31)
	li 9,-128
	cmpw 0,10,9
	blt 0,.L9
	lwz 9,8(31)
	b .L12
.L9:
	li 9,-128
	b .L12
.L8:
	li 9,127
.L12:
	extsb 9,9
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
	.size	sat7,.-sat7
	.align 2
	.type	qmul15, @function
qmul15:
.LFB2:
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
	mr 9,3
	mr 10,4
	sth 9,8(31)
	mr 9,10
	sth 9,10(31)
	lhz 9,8(31)
	extsh 10,9
	lhz 9,10(31)
	extsh 9,9
	mullw 9,10,9
	addi 9,9,16384
	srawi 9,9,15
	mr 3,9
	bl sat15
	mr 9,3
	extsh 9,9
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
.LFE2:
	.size	qmul15,.-qmul15
	.align 2
	.type	qmul7, @function
qmul7:
.LFB3:
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
	mr 9,3
	mr 10,4
	stb 9,8(31)
	mr 9,10
	stb 9,9(31)
	lbz 9,8(31)
	extsb 10,9
	lbz 9,9(31)
	extsb 9,9
	mullw 9,10,9
	addi 9,9,64
	srawi 9,9,7
	mr 3,9
	bl sat7
	mr 9,3
	extsb 9,9
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
.LFE3:
	.size	qmul7,.-qmul7
	.align 2
	.type	qadd15, @function
qadd15:
.LFB4:
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
	mr 9,3
	mr 10,4
	sth 9,8(31)
	mr 9,10
	sth 9,10(31)
	lhz 9,8(31)
	extsh 10,9
	lhz 9,10(31)
	extsh 9,9
	add 9,10,9
	mr 3,9
	bl sat15
	mr 9,3
	extsh 9,9
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
.LFE4:
	.size	qadd15,.-qadd15
	.align 2
	.type	qsub15, @function
qsub15:
.LFB5:
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
	mr 9,3
	mr 10,4
	sth 9,8(31)
	mr 9,10
	sth 9,10(31)
	lhz 9,8(31)
	extsh 10,9
	lhz 9,10(31)
	extsh 9,9
	subf 9,9,10
	mr 3,9
	bl sat15
	mr 9,3
	extsh 9,9
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
.LFE5:
	.size	qsub15,.-qsub15
	.align 2
	.type	qadd7, @function
qadd7:
.LFB6:
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
	mr 9,3
	mr 10,4
	stb 9,8(31)
	mr 9,10
	stb 9,9(31)
	lbz 9,8(31)
	extsb 10,9
	lbz 9,9(31)
	extsb 9,9
	add 9,10,9
	mr 3,9
	bl sat7
	mr 9,3
	extsb 9,9
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
.LFE6:
	.size	qadd7,.-qadd7
	.align 2
	.type	uadd8, @function
uadd8:
.LFB7:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	mr 9,3
	mr 10,4
	stb 9,24(31)
	mr 9,10
	stb 9,25(31)
	lbz 10,24(31)
	lbz 9,25(31)
	add 9,10,9
	stw 9,8(31)
	lwz 9,8(31)
	cmplwi 0,9,255
	bgt 0,.L24
	lwz 9,8(31)
	b .L26
.L24:
	li 9,-1
.L26:
	rlwinm 9,9,0,0xff
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE7:
	.size	uadd8,.-uadd8
	.align 2
	.type	recip16, @function
recip16:
.LFB8:
	.cfi_startproc
	stwu 1,-112(1)
	.cfi_def_cfa_offset 112
	stw 14,40(1)
	stw 15,44(1)
	stw 16,48(1)
	stw 17,52(1)
	stw 18,56(1)
	stw 19,60(1)
	stw 20,64(1)
	stw 21,68(1)
	stw 22,72(1)
	stw 23,76(1)
	stw 24,80(1)
	stw 25,84(1)
	stw 26,88(1)
	stw 27,92(1)
	stw 28,96(1)
	stw 29,100(1)
	stw 30,104(1)
	stw 31,108(1)
	.cfi_offset 14, -72
	.cfi_offset 15, -68
	.cfi_offset 16, -64
	.cfi_offset 17, -60
	.cfi_offset 18, -56
	.cfi_offset 19, -52
	.cfi_offset 20, -48
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	lis 3,0x1
	stw 3,8(31)
	b .L28
.L29:
	lwz 3,8(31)
	srwi 3,3,1
	stw 3,8(31)
.L28:
	lwz 3,24(31)
	mr 27,3
	li 26,0
	lwz 3,8(31)
	mr 25,3
	li 24,0
	mullw 0,26,25
	mullw 3,24,27
	add 3,0,3
	mullw 30,27,25
	mulhwu 0,27,25
	mr 15,30
	mr 14,0
	add 3,3,14
	mr 14,3
	slwi 3,14,16
	srwi 11,15,16
	or 11,3,11
	srwi 10,14,16
	cmpwi 0,10,0
	bne 0,.L29
	cmpwi 0,10,0
	bne 0,.L34
	lis 3,0x2
	cmplw 0,11,3
	bgt 0,.L29
.L34:
	li 10,0
	stw 10,12(31)
	b .L31
.L32:
	lwz 10,24(31)
	mr 9,10
	li 8,0
	lwz 10,8(31)
	mr 7,10
	li 6,0
	mullw 3,8,7
	mullw 10,6,9
	add 10,3,10
	mullw 11,9,7
	mulhwu 3,9,7
	mr 19,11
	mr 18,3
	add 10,10,18
	mr 18,10
	slwi 10,18,16
	srwi 23,19,16
	or 23,10,23
	srwi 22,18,16
	stw 23,16(31)
	lwz 10,8(31)
	mr 5,10
	li 4,0
	lis 3,0x2
	lwz 10,16(31)
	subf 10,10,3
	mr 29,10
	li 28,0
	mullw 3,4,29
	mullw 10,28,5
	add 10,3,10
	mullw 11,5,29
	mulhwu 3,5,29
	mr 17,11
	mr 16,3
	add 10,10,16
	mr 16,10
	slwi 10,16,16
	srwi 21,17,16
	or 21,10,21
	srwi 20,16,16
	stw 21,8(31)
	lwz 10,12(31)
	addi 10,10,1
	stw 10,12(31)
.L31:
	lwz 10,12(31)
	cmpwi 0,10,5
	ble 0,.L32
	lwz 9,8(31)
	mr 3,9
	addi 11,31,112
	lwz 14,-72(11)
	lwz 15,-68(11)
	lwz 16,-64(11)
	lwz 17,-60(11)
	lwz 18,-56(11)
	lwz 19,-52(11)
	lwz 20,-48(11)
	lwz 21,-44(11)
	lwz 22,-40(11)
	lwz 23,-36(11)
	lwz 24,-32(11)
	lwz 25,-28(11)
	lwz 26,-24(11)
	lwz 27,-20(11)
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 23
	.cfi_restore 22
	.cfi_restore 21
	.cfi_restore 20
	.cfi_restore 19
	.cfi_restore 18
	.cfi_restore 17
	.cfi_restore 16
	.cfi_restore 15
	.cfi_restore 14
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE8:
	.size	recip16,.-recip16
	.section	.rodata
	.align 2
.LC0:
	.string	"q15 table"
	.align 2
.LC1:
	.string	"-1*-1 (q15)"
	.align 2
.LC2:
	.string	"0.5*0.5"
	.align 2
.LC3:
	.string	"sat add"
	.align 2
.LC4:
	.string	"sat sub"
	.align 2
.LC5:
	.string	"q7 sum"
	.align 2
.LC6:
	.string	"-1*-1 (q7)"
	.align 2
.LC7:
	.string	"u8 sat"
	.align 2
.LC8:
	.string	"sine:"
	.align 2
.LC9:
	.string	"peak"
	.align 2
.LC10:
	.string	"zero crossings"
	.align 2
.LC11:
	.string	"fir sum"
	.align 2
.LC12:
	.string	"recip(3.0)"
	.align 2
.LC13:
	.string	"recip(0.75)"
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB9:
	.cfi_startproc
	stwu 1,-112(1)
	.cfi_def_cfa_offset 112
	mflr 0
	stw 0,116(1)
	stw 30,104(1)
	stw 31,108(1)
	.cfi_offset 65, 4
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	li 9,0
	stw 9,12(31)
	b .L36
.L39:
	li 9,0
	stw 9,16(31)
	b .L37
.L38:
	lwz 9,8(31)
	mulli 30,9,31
	lis 9,vals.1@ha
	la 10,vals.1@l(9)
	lwz 9,12(31)
	slwi 9,9,1
	add 9,10,9
	lhz 8,0(9)
	lis 9,vals.1@ha
	la 10,vals.1@l(9)
	lwz 9,16(31)
	slwi 9,9,1
	add 9,10,9
	lhz 9,0(9)
	extsh 10,9
	extsh 9,8
	mr 4,10
	mr 3,9
	bl qmul15
	mr 9,3
	rlwinm 9,9,0,0xffff
	add 9,30,9
	stw 9,8(31)
	lwz 9,8(31)
	mulli 30,9,31
	lis 9,vals.1@ha
	la 10,vals.1@l(9)
	lwz 9,12(31)
	slwi 9,9,1
	add 9,10,9
	lhz 8,0(9)
	lis 9,vals.1@ha
	la 10,vals.1@l(9)
	lwz 9,16(31)
	slwi 9,9,1
	add 9,10,9
	lhz 9,0(9)
	extsh 10,9
	extsh 9,8
	mr 4,10
	mr 3,9
	bl qadd15
	mr 9,3
	rlwinm 9,9,0,0xffff
	add 9,30,9
	stw 9,8(31)
	lwz 9,8(31)
	mulli 30,9,31
	lis 9,vals.1@ha
	la 10,vals.1@l(9)
	lwz 9,12(31)
	slwi 9,9,1
	add 9,10,9
	lhz 8,0(9)
	lis 9,vals.1@ha
	la 10,vals.1@l(9)
	lwz 9,16(31)
	slwi 9,9,1
	add 9,10,9
	lhz 9,0(9)
	extsh 10,9
	extsh 9,8
	mr 4,10
	mr 3,9
	bl qsub15
	mr 9,3
	rlwinm 9,9,0,0xffff
	add 9,30,9
	stw 9,8(31)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L37:
	lwz 9,16(31)
	cmpwi 0,9,9
	ble 0,.L38
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L36:
	lwz 9,12(31)
	cmpwi 0,9,9
	ble 0,.L39
	lwz 4,8(31)
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl show_hex
	li 4,-32768
	li 3,-32768
	bl qmul15
	mr 9,3
	extsh 9,9
	mr 4,9
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl show_int
	li 4,16384
	li 3,16384
	bl qmul15
	mr 9,3
	extsh 9,9
	mr 4,9
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl show_int
	li 4,10000
	li 3,30000
	bl qadd15
	mr 9,3
	extsh 9,9
	mr 4,9
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl show_int
	li 4,10000
	li 3,-30000
	bl qsub15
	mr 9,3
	extsh 9,9
	mr 4,9
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl show_int
	li 9,0
	stw 9,20(31)
	li 9,-128
	stw 9,24(31)
	b .L40
.L43:
	li 9,-128
	stw 9,28(31)
	b .L41
.L42:
	lwz 9,24(31)
	lwz 10,28(31)
	extsb 10,10
	extsb 9,9
	mr 4,10
	mr 3,9
	bl qmul7
	mr 9,3
	extsb 30,9
	lwz 9,24(31)
	lwz 10,28(31)
	extsb 10,10
	extsb 9,9
	mr 4,10
	mr 3,9
	bl qadd7
	mr 9,3
	extsb 9,9
	add 9,30,9
	lwz 10,20(31)
	add 9,10,9
	stw 9,20(31)
	lwz 9,28(31)
	addi 9,9,7
	stw 9,28(31)
.L41:
	lwz 9,28(31)
	cmpwi 0,9,127
	ble 0,.L42
	lwz 9,24(31)
	addi 9,9,5
	stw 9,24(31)
.L40:
	lwz 9,24(31)
	cmpwi 0,9,127
	ble 0,.L43
	lwz 4,20(31)
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl show_int
	li 4,-128
	li 3,-128
	bl qmul7
	mr 9,3
	extsb 9,9
	mr 4,9
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl show_int
	li 4,100
	li 3,200
	bl uadd8
	mr 9,3
	rlwinm 9,9,0,0xff
	mr 4,9
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl show_int
	li 9,32138
	sth 9,76(31)
	li 9,0
	stw 9,32(31)
	li 9,3212
	stw 9,36(31)
	li 9,0
	stw 9,40(31)
	li 9,0
	stw 9,44(31)
	lis 9,.LC8@ha
	la 3,.LC8@l(9)
	bl print_str
	li 9,0
	stw 9,48(31)
	b .L44
.L48:
	lwz 9,48(31)
	rlwinm 9,9,0,29,31
	cmpwi 0,9,0
	bne 0,.L45
	li 3,32
	bl print_char
	lwz 3,32(31)
	bl print_int
.L45:
	lwz 10,32(31)
	lwz 9,40(31)
	cmpw 0,10,9
	ble 0,.L46
	lwz 9,32(31)
	stw 9,40(31)
.L46:
	lwz 9,36(31)
	extsh 10,9
	lhz 9,76(31)
	extsh 9,9
	mr 4,10
	mr 3,9
	bl qmul15
	mr 9,3
	extsh 9,9
	slwi 10,9,1
	lwz 9,32(31)
	subf 9,9,10
	stw 9,80(31)
	lwz 10,36(31)
	lwz 9,80(31)
	xor 9,10,9
	cmpwi 0,9,0
	bge 0,.L47
	lwz 9,44(31)
	addi 9,9,1
	stw 9,44(31)
.L47:
	lwz 9,36(31)
	stw 9,32(31)
	lwz 9,80(31)
	stw 9,36(31)
	lwz 9,48(31)
	addi 9,9,1
	stw 9,48(31)
.L44:
	lwz 9,48(31)
	cmpwi 0,9,63
	ble 0,.L48
	bl print_nl
	lwz 4,40(31)
	lis 9,.LC9@ha
	la 3,.LC9@l(9)
	bl show_int
	lwz 4,44(31)
	lis 9,.LC10@ha
	la 3,.LC10@l(9)
	bl show_int
	li 9,0
	stw 9,84(31)
	li 9,0
	stw 9,88(31)
	li 9,0
	stw 9,92(31)
	li 9,0
	stw 9,96(31)
	li 9,12345
	stw 9,52(31)
	li 9,0
	stw 9,56(31)
	li 9,0
	stw 9,60(31)
	b .L49
.L56:
	lwz 10,52(31)
	lis 9,0x41c6
	ori 9,9,0x4e6d
	mullw 9,10,9
	addi 9,9,12345
	stw 9,52(31)
	lwz 9,60(31)
	lis 10,0x51eb
	ori 10,10,0x851f
	mulhw 10,9,10
	srawi 10,10,3
	srawi 9,9,31
	subf 9,9,10
	rlwinm 9,9,0,31,31
	cmpwi 0,9,0
	beq 0,.L50
	li 9,20000
	b .L51
.L50:
	li 9,-20000
.L51:
	lwz 10,52(31)
	srwi 10,10,16
	rlwinm 10,10,0,21,31
	add 9,9,10
	addi 9,9,-1024
	sth 9,78(31)
	li 9,7
	stw 9,64(31)
	b .L52
.L53:
	lwz 9,64(31)
	addi 9,9,-1
	slwi 9,9,1
	addi 10,31,8
	add 9,10,9
	addi 9,9,76
	lhz 10,0(9)
	lwz 9,64(31)
	slwi 9,9,1
	addi 8,31,8
	add 9,8,9
	addi 9,9,76
	sth 10,0(9)
	lwz 9,64(31)
	addi 9,9,-1
	stw 9,64(31)
.L52:
	lwz 9,64(31)
	cmpwi 0,9,0
	bgt 0,.L53
	lhz 9,78(31)
	sth 9,84(31)
	li 9,0
	stw 9,68(31)
	li 9,0
	stw 9,72(31)
	b .L54
.L55:
	lwz 9,72(31)
	slwi 9,9,1
	addi 10,31,8
	add 9,10,9
	addi 9,9,76
	lhz 9,0(9)
	extsh 10,9
	lis 9,taps.0@ha
	la 8,taps.0@l(9)
	lwz 9,72(31)
	slwi 9,9,1
	add 9,8,9
	lhz 9,0(9)
	extsh 9,9
	mullw 9,10,9
	srawi 9,9,15
	lwz 10,68(31)
	add 9,10,9
	stw 9,68(31)
	lwz 9,72(31)
	addi 9,9,1
	stw 9,72(31)
.L54:
	lwz 9,72(31)
	cmpwi 0,9,7
	ble 0,.L55
	lwz 3,68(31)
	bl sat15
	mr 9,3
	extsh 9,9
	lwz 10,56(31)
	add 9,10,9
	stw 9,56(31)
	lwz 9,60(31)
	addi 9,9,1
	stw 9,60(31)
.L49:
	lwz 9,60(31)
	cmpwi 0,9,199
	ble 0,.L56
	lwz 4,56(31)
	lis 9,.LC11@ha
	la 3,.LC11@l(9)
	bl show_int
	lis 3,0x3
	bl recip16
	mr 9,3
	mr 4,9
	lis 9,.LC12@ha
	la 3,.LC12@l(9)
	bl show_hex
	li 9,0
	ori 3,9,0xc000
	bl recip16
	mr 9,3
	mr 4,9
	lis 9,.LC13@ha
	la 3,.LC13@l(9)
	bl show_hex
	lwz 9,8(31)
	rlwinm 9,9,0,25,31
	mr 3,9
	addi 11,31,112
	lwz 0,4(11)
	mtlr 0
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE9:
	.size	main,.-main
	.section	.rodata
	.align 1
	.type	vals.1, @object
	.size	vals.1, 20
vals.1:
	.short	0
	.short	1
	.short	-1
	.short	16384
	.short	-16384
	.short	32767
	.short	-32768
	.short	23170
	.short	-12345
	.short	3
	.align 1
	.type	taps.0, @object
	.size	taps.0, 16
taps.0:
	.short	1024
	.short	2048
	.short	4096
	.short	8192
	.short	8192
	.short	4096
	.short	2048
	.short	1024
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits

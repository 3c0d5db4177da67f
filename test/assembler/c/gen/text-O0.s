	.file	"text.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	format, @function
format:
.LFB0:
	.cfi_startproc
	stwu 1,-96(1)
	.cfi_def_cfa_offset 96
	mflr 0
	stw 0,100(1)
	stw 26,72(1)
	stw 27,76(1)
	stw 28,80(1)
	stw 29,84(1)
	stw 31,92(1)
	.cfi_offset 65, 4
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,36(31)
	stw 5,40(31)
	stw 6,44(31)
	stw 7,48(31)
	stw 8,52(31)
	stw 9,56(31)
	stw 10,60(31)
	li 9,1
	stb 9,12(31)
	li 9,0
	stb 9,13(31)
	addi 9,31,104
	stw 9,16(31)
	addi 9,31,32
	stw 9,20(31)
	lwz 9,24(31)
	stw 9,8(31)
	b .L2
.L25:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,37
	beq 0,.L3
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	mr 3,9
	bl put_char
	b .L4
.L3:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	addi 9,9,-76
	cmplwi 0,9,44
	bgt 0,.L5
	slwi 10,9,2
	lis 9,.L7@ha
	la 9,.L7@l(9)
	add 9,10,9
	lwz 10,0(9)
	lis 9,.L7@ha
	la 9,.L7@l(9)
	add 9,10,9
	mtctr 9
	bctr
	.section	.rodata
	.align 2
	.align 2
.L7:
	.long .L12-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L11-.L7
	.long .L10-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L9-.L7
	.long .L5-.L7
	.long .L8-.L7
	.long .L5-.L7
	.long .L5-.L7
	.long .L6-.L7
	.section	".text"
.L10:
	lbz 9,12(31)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,7
	bgt 0,.L13
	lwz 10,20(31)
	lbz 9,12(31)
	addi 8,9,1
	stb 8,12(31)
	rlwinm 9,9,0,0xff
	slwi 9,9,2
	add 9,10,9
	b .L14
.L13:
	lwz 9,16(31)
	addi 10,9,4
	stw 10,16(31)
.L14:
	lwz 9,0(9)
	mr 27,9
	srawi 9,9,31
	mr 26,9
	mr 3,26
	mr 4,27
	bl put_int
	b .L4
.L8:
	lbz 9,12(31)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,7
	bgt 0,.L15
	lwz 10,20(31)
	lbz 9,12(31)
	addi 8,9,1
	stb 8,12(31)
	rlwinm 9,9,0,0xff
	slwi 9,9,2
	add 9,10,9
	b .L16
.L15:
	lwz 9,16(31)
	addi 10,9,4
	stw 10,16(31)
.L16:
	lwz 9,0(9)
	mr 29,9
	li 28,0
	mr 3,28
	mr 4,29
	bl put_uint
	b .L4
.L6:
	lbz 9,12(31)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,7
	bgt 0,.L17
	lwz 10,20(31)
	lbz 9,12(31)
	addi 8,9,1
	stb 8,12(31)
	rlwinm 9,9,0,0xff
	slwi 9,9,2
	add 9,10,9
	b .L18
.L17:
	lwz 9,16(31)
	addi 10,9,4
	stw 10,16(31)
.L18:
	lwz 9,0(9)
	mr 3,9
	bl put_hex
	b .L4
.L9:
	lbz 9,12(31)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,7
	bgt 0,.L19
	lwz 10,20(31)
	lbz 9,12(31)
	addi 8,9,1
	stb 8,12(31)
	rlwinm 9,9,0,0xff
	slwi 9,9,2
	add 9,10,9
	b .L20
.L19:
	lwz 9,16(31)
	addi 10,9,4
	stw 10,16(31)
.L20:
	lwz 9,0(9)
	mr 3,9
	bl put_str
	b .L4
.L11:
	lbz 9,12(31)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,7
	bgt 0,.L21
	lwz 10,20(31)
	lbz 9,12(31)
	addi 8,9,1
	stb 8,12(31)
	rlwinm 9,9,0,0xff
	slwi 9,9,2
	add 9,10,9
	b .L22
.L21:
	lwz 9,16(31)
	addi 10,9,4
	stw 10,16(31)
.L22:
	lwz 9,0(9)
	rlwinm 9,9,0,0xff
	mr 3,9
	bl put_char
	b .L4
.L12:
	lbz 9,12(31)
	lbz 10,12(31)
	rlwinm 10,10,0,31,31
	add 10,10,9
	stb 10,12(31)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,6
	bgt 0,.L23
	lwz 10,20(31)
	lbz 9,12(31)
	addi 8,9,2
	stb 8,12(31)
	rlwinm 9,9,0,0xff
	slwi 9,9,2
	add 9,10,9
	b .L24
.L23:
	lwz 9,16(31)
	addi 9,9,7
	rlwinm 9,9,0,0,28
	addi 10,9,8
	stw 10,16(31)
.L24:
	lwz 10,0(9)
	lwz 11,4(9)
	mr 3,10
	mr 4,11
	bl put_int
	b .L4
.L5:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	mr 3,9
	bl put_char
.L4:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L2:
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L25
	nop
	nop
	addi 11,31,96
	lwz 0,4(11)
	mtlr 0
	lwz 26,-24(11)
	lwz 27,-20(11)
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	format,.-format
	.align 2
	.type	counter, @function
counter:
.LFB1:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	stw 31,12(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 9,calls.0@ha
	lwz 9,calls.0@l(9)
	addi 10,9,1
	lis 9,calls.0@ha
	stw 10,calls.0@l(9)
	lis 9,calls.0@ha
	lwz 9,calls.0@l(9)
	mr 3,9
	addi 11,31,16
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	counter,.-counter
	.align 2
	.type	mirror, @function
mirror:
.LFB2:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	stw 30,56(1)
	stw 31,60(1)
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,40(31)
	mr 30,4
	lwz 7,0(30)
	lwz 8,4(30)
	lwz 10,8(30)
	lwz 9,12(30)
	stw 7,8(31)
	stw 8,12(31)
	stw 10,16(31)
	stw 9,20(31)
	lwz 9,16(30)
	stw 9,24(31)
	lwz 9,4(30)
	neg 9,9
	stw 9,8(31)
	lwz 9,0(30)
	neg 9,9
	stw 9,12(31)
	li 9,109
	stb 9,16(31)
	lwz 9,40(31)
	lwz 6,8(31)
	lwz 7,12(31)
	lwz 8,16(31)
	lwz 10,20(31)
	stw 6,0(9)
	stw 7,4(9)
	stw 8,8(9)
	stw 10,12(9)
	lwz 10,24(31)
	stw 10,16(9)
	lwz 3,40(31)
	addi 11,31,64
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	mirror,.-mirror
	.align 2
	.type	reverse, @function
reverse:
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
	lwz 3,24(31)
	bl strlen
	stw 3,12(31)
	li 9,0
	stw 9,8(31)
	b .L31
.L32:
	lwz 10,24(31)
	lwz 9,8(31)
	add 9,10,9
	lbz 9,0(9)
	stb 9,16(31)
	lwz 10,12(31)
	lwz 9,8(31)
	subf 9,9,10
	addi 9,9,-1
	lwz 10,24(31)
	add 10,10,9
	lwz 8,24(31)
	lwz 9,8(31)
	add 9,8,9
	lbz 10,0(10)
	stb 10,0(9)
	lwz 10,12(31)
	lwz 9,8(31)
	subf 9,9,10
	addi 9,9,-1
	lwz 10,24(31)
	add 9,10,9
	lbz 10,16(31)
	stb 10,0(9)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L31:
	lwz 9,12(31)
	srwi 9,9,1
	lwz 10,8(31)
	cmplw 0,10,9
	blt 0,.L32
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
	.size	reverse,.-reverse
	.section	.rodata
	.align 2
.LC2:
	.string	"reversed: %s (%u letters)\n"
	.align 2
.LC3:
	.string	"%s %d %d -> %s %d %d\n"
	.align 2
.LC4:
	.string	"calls=%d hex=%x char=%c big=%L pct=%%\n"
	.align 2
.LC5:
	.string	"Hello, PowerPC World"
	.align 2
.LC6:
	.string	"upper=%d\n"
	.align 2
.LC1:
	.string	"assembler"
	.align 2
.LC0:
	.long	3
	.long	-4
	.string	"origin"
	.zero	5
	.section	".text"
	.align 2
	.globl main
	.type	main, @function
main:
.LFB4:
	.cfi_startproc
	stwu 1,-128(1)
	.cfi_def_cfa_offset 128
	mflr 0
	stw 0,132(1)
	stw 31,124(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 9,.LC1@ha
	la 9,.LC1@l(9)
	lwz 8,0(9)
	lwz 10,4(9)
	lhz 9,8(9)
	stw 8,20(31)
	stw 10,24(31)
	sth 9,28(31)
	addi 9,31,20
	mr 3,9
	bl reverse
	addi 9,31,20
	mr 3,9
	bl strlen
	mr 10,3
	addi 9,31,20
	mr 5,10
	mr 4,9
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl format
	lis 9,.LC0@ha
	la 9,.LC0@l(9)
	lwz 6,0(9)
	lwz 7,4(9)
	lwz 8,8(9)
	lwz 10,12(9)
	stw 6,32(31)
	stw 7,36(31)
	stw 8,40(31)
	stw 10,44(31)
	lwz 9,16(9)
	stw 9,48(31)
	addi 6,31,52
	lwz 7,32(31)
	lwz 8,36(31)
	lwz 10,40(31)
	lwz 9,44(31)
	stw 7,80(31)
	stw 8,84(31)
	stw 10,88(31)
	stw 9,92(31)
	lwz 9,48(31)
	stw 9,96(31)
	addi 9,31,80
	mr 4,9
	mr 3,6
	bl mirror
	lwz 5,32(31)
	lwz 6,36(31)
	lwz 8,52(31)
	lwz 4,56(31)
	addi 9,31,52
	addi 7,9,8
	addi 9,31,32
	addi 10,9,8
	mr 9,4
	mr 4,10
	lis 10,.LC3@ha
	la 3,.LC3@l(10)
	bl format
	li 9,0
	stw 9,8(31)
	b .L34
.L35:
	bl counter
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L34:
	lwz 9,8(31)
	cmpwi 0,9,2
	ble 0,.L35
	bl counter
	mr 10,3
	li 7,-288
	lis 8,0x8e04
	ori 8,8,0xfb35
	li 6,90
	lis 9,0xc0
	ori 5,9,0xffee
	mr 4,10
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl format
	li 9,0
	stw 9,12(31)
	lis 9,.LC5@ha
	la 9,.LC5@l(9)
	stw 9,16(31)
	b .L36
.L39:
	lwz 9,16(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,64
	ble 0,.L37
	lwz 9,16(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmplwi 0,9,90
	bgt 0,.L37
	li 9,1
	b .L38
.L37:
	li 9,0
.L38:
	lwz 10,12(31)
	add 9,10,9
	stw 9,12(31)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L36:
	lwz 9,16(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L39
	lwz 4,12(31)
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl format
	lwz 9,12(31)
	mr 3,9
	addi 11,31,128
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
	.size	main,.-main
	.lcomm	calls.0,4,4
	.type	calls.0, @object
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.gnu_attribute 4, 2
	.section	.note.GNU-stack,"",@progbits
